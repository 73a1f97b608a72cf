"""Blind set T: legacy enterprise and Windows shops where a Python service sits beside older systems.

.NET and IIS configs, Java EE servers, PHP apps, Perl/VBScript/batch/PowerShell scripts, registry
exports, ODBC/LDAP/SAP/Oracle/SQL Server client files, SSIS, mainframe jobs, Jenkins/Ant/Maven, and
the Python glue around them. Generated fakes only (seeds 205000-209999).
"""
from __future__ import annotations

import base64
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEEDS = iter(range(205000, 210000))
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32L = "abcdefghijklmnopqrstuvwxyz234567"
WORDS = [
    "maple", "harbor", "falcon", "copper", "granite", "willow", "summit", "orchid", "ember", "glacier",
    "thistle", "lantern", "canyon", "meadow", "cobalt", "saffron", "juniper", "tundra", "quartz", "beacon",
    "pelican", "walnut", "harvest", "marble", "violet", "raven", "cedar", "aspen", "monsoon", "pebble",
]


def rng() -> random.Random:
    return random.Random(next(_SEEDS))


def pw_words(sym: str = "!*-.") -> str:
    r = rng()
    return r.choice(WORDS).capitalize() + r.choice(sym) + r.choice(WORDS).capitalize() + str(r.randint(10, 99))


def pw_rand(n: int = 20, extra: str = "-_.") -> str:
    r = rng()
    return r.choice(string.ascii_letters) + "".join(r.choice(ALNUM + extra) for _ in range(n - 1))


def passphrase() -> str:
    r = rng()
    return "-".join(r.choice(WORDS) for _ in range(4)) + str(r.randint(1, 9))


def rand(alphabet: str, n: int) -> str:
    r = rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def b64key(nbytes: int) -> str:
    r = rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(nbytes))).decode()


def stripe_key() -> str:
    return "sk_live_" + rand(ALNUM, 24)


def sendgrid_key() -> str:
    return "SG." + rand(ALNUM + "-_", 22) + "." + rand(ALNUM + "-_", 43)


def slack_bot() -> str:
    r = rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def ado_pat() -> str:
    return rand(B32L, 52)


def gitlab_token() -> str:
    return "glpat-" + rand(ALNUM + "-_", 20)


def azure_storage_key() -> str:
    return b64key(64)


def fill(text: str, **values: str) -> str:
    for key, value in values.items():
        text = text.replace("@@" + key + "@@", value)
    assert "@@" not in text or "@@" in "".join(values.values()), text
    return text


def add(fmt: str, what: str, path: str, text: str, secret: Optional[str], source: str, **values: str) -> None:
    body = fill(text, **values).strip("\n") + "\n"
    CASES.append(LabelledCase(f"blind-t/{fmt}/{what}", path, body, secret, source))


def dec(fmt: str, what: str, path: str, text: str, source: str, **values: str) -> None:
    add(fmt, "decoy-" + what, path, text, None, source, **values)


MS_CONFIG = "https://learn.microsoft.com/en-us/dotnet/framework/configure-apps/"
MS_ASPNET = "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/"
IIS = "https://learn.microsoft.com/en-us/iis/configuration/"
TOMCAT = "https://tomcat.apache.org/tomcat-9.0-doc/config/"
WILDFLY = "https://docs.wildfly.org/26/Admin_Guide.html"
WEBLOGIC = "https://docs.oracle.com/middleware/1221/wls/START/overview.htm"

# ----------------------------------------------------------------------------------------------
# .NET: web.config, app.config, appsettings.json, user secrets, publish settings, NuGet
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("web-config", "sql-connection-password", "legacy/Contoso.Portal/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<!--
  For more information on how to configure your ASP.NET application, please visit
  https://go.microsoft.com/fwlink/?LinkId=301880
  -->
<configuration>
  <configSections>
    <section name="entityFramework" type="System.Data.Entity.Internal.ConfigFile.EntityFrameworkSection, EntityFramework, Version=6.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089" requirePermission="false" />
  </configSections>
  <connectionStrings>
    <add name="PortalDb" connectionString="Data Source=SQLPROD02\\PORTAL;Initial Catalog=Portal;User ID=portal_app;Password=@@pw@@;MultipleActiveResultSets=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
    <add key="UnobtrusiveJavaScriptEnabled" value="true" />
    <add key="ReportsPath" value="\\\\fileserv01\\reports$" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.7.2" />
    <httpRuntime targetFramework="4.7.2" maxRequestLength="20480" />
    <customErrors mode="RemoteOnly" />
  </system.web>
</configuration>
""", pw, MS_CONFIG + "connection-strings", pw=pw)

key = rand("0123456789ABCDEF", 128)
add("web-config", "machinekey-validation-key", "legacy/Contoso.Intranet/Web.config", """
<?xml version="1.0"?>
<configuration>
  <appSettings>
    <add key="Environment" value="Production" />
    <add key="SessionTimeoutMinutes" value="30" />
  </appSettings>
  <system.web>
    <authentication mode="Forms">
      <forms loginUrl="~/Account/Login" timeout="2880" name=".INTRANETAUTH" protection="All" />
    </authentication>
    <!-- shared across the web farm (WEB01..WEB04) so forms tickets survive a node switch -->
    <machineKey validationKey="@@key@@"
                decryptionKey="AutoGenerate,IsolateApps"
                validation="HMACSHA256" decryption="AES" />
    <sessionState mode="SQLServer" sqlConnectionString="Data Source=SQLSTATE01;Integrated Security=SSPI" />
    <compilation debug="false" targetFramework="4.6.1" />
  </system.web>
  <system.webServer>
    <modules runAllManagedModulesForAllRequests="true" />
  </system.webServer>
</configuration>
""", key, "https://learn.microsoft.com/en-us/previous-versions/dotnet/netframework-4.0/w8h3skw9(v=vs.100)", key=key)

pw = pw_rand(16, "!*")
add("web-config", "smtp-password", "src/Contoso.Notify.Web/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="NotifyFrom" value="noreply@contoso-corp.com" />
    <add key="DigestHourUtc" value="6" />
  </appSettings>
  <system.net>
    <mailSettings>
      <smtp from="noreply@contoso-corp.com" deliveryMethod="Network">
        <network host="smtp.contoso-corp.com" port="587" enableSsl="true"
                 userName="svc-notify@contoso-corp.com" password="@@pw@@" defaultCredentials="false" />
      </smtp>
    </mailSettings>
  </system.net>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
</configuration>
""", pw, MS_CONFIG + "file-schema/network/network-element-network-settings", pw=pw)

dec("web-config", "integrated-security", "legacy/Contoso.Timesheets/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="Timesheets" connectionString="Server=SQLPROD01;Database=Timesheets;Integrated Security=SSPI;Application Name=Timesheets" providerName="System.Data.SqlClient" />
    <add name="Audit" connectionString="Server=SQLPROD01;Database=Audit;Trusted_Connection=True" providerName="System.Data.SqlClient" />
  </connectionStrings>
  <system.web>
    <authentication mode="Windows" />
    <identity impersonate="false" />
    <authorization>
      <deny users="?" />
    </authorization>
    <compilation debug="false" targetFramework="4.8" />
  </system.web>
  <runtime>
    <assemblyBinding xmlns="urn:schemas-microsoft-com:asm.v1">
      <dependentAssembly>
        <assemblyIdentity name="Newtonsoft.Json" publicKeyToken="30ad4fe6b2a6aeed" culture="neutral" />
        <bindingRedirect oldVersion="0.0.0.0-13.0.0.0" newVersion="13.0.0.0" />
      </dependentAssembly>
    </assemblyBinding>
  </runtime>
</configuration>
""", MS_CONFIG + "connection-strings")

dec("web-config-transform", "release-tokens", "legacy/Contoso.Portal/Web.Release.config", """
<?xml version="1.0" encoding="utf-8"?>
<!-- Tokens #{...}# are replaced by the "Replace Tokens" task of the release pipeline from the
     variable group portal-prod (secret variables live in Azure Key Vault). -->
<configuration xmlns:xdt="http://schemas.microsoft.com/XML-Document-Transform">
  <connectionStrings>
    <add name="PortalDb"
         connectionString="Data Source=#{SqlServer}#;Initial Catalog=Portal;User ID=#{SqlUser}#;Password=#{SqlPassword}#"
         xdt:Transform="SetAttributes" xdt:Locator="Match(name)" />
  </connectionStrings>
  <appSettings>
    <add key="PaymentGatewayKey" value="#{PaymentGatewayKey}#" xdt:Transform="SetAttributes" xdt:Locator="Match(key)" />
  </appSettings>
  <system.web>
    <compilation xdt:Transform="RemoveAttributes(debug)" />
  </system.web>
</configuration>
""", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/web-config-transformations")

dec("app-config", "protected-config-ciphertext", "tools/InvoiceExporter/App.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <!-- encrypted with: aspnet_regiis -pef connectionStrings . -prov RsaProtectedConfigurationProvider -->
  <connectionStrings configProtectionProvider="RsaProtectedConfigurationProvider">
    <EncryptedData Type="http://www.w3.org/2001/04/xmlenc#Element" xmlns="http://www.w3.org/2001/04/xmlenc#">
      <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#aes256-cbc" />
      <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
        <EncryptedKey xmlns="http://www.w3.org/2001/04/xmlenc#">
          <EncryptionMethod Algorithm="http://www.w3.org/2001/04/xmlenc#rsa-oaep-mgf1p" />
          <KeyInfo xmlns="http://www.w3.org/2000/09/xmldsig#">
            <KeyName>Rsa Key</KeyName>
          </KeyInfo>
          <CipherData>
            <CipherValue>@@k@@</CipherValue>
          </CipherData>
        </EncryptedKey>
      </KeyInfo>
      <CipherData>
        <CipherValue>@@v@@</CipherValue>
      </CipherData>
    </EncryptedData>
  </connectionStrings>
  <appSettings>
    <add key="ExportFolder" value="D:\\Exports\\Invoices" />
  </appSettings>
</configuration>
""", "https://learn.microsoft.com/en-us/previous-versions/aspnet/zhhddkxy(v=vs.100)", k=b64key(128), v=b64key(176))

pw = pw_words()
add("app-config", "ftp-password", "tools/BankFileUploader/App.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.6.1" />
  </startup>
  <appSettings>
    <add key="SftpHost" value="sftp.bank-partner.example.net" />
    <add key="SftpPort" value="22" />
    <add key="SftpUser" value="contoso_ach" />
    <add key="SftpPassword" value="@@pw@@" />
    <add key="RemoteFolder" value="/inbound/ach" />
    <add key="ArchiveFolder" value="E:\\ACH\\Archive" />
    <add key="LogLevel" value="Info" />
  </appSettings>
</configuration>
""", pw, MS_CONFIG + "file-schema/appsettings/", pw=pw)

pw = pw_rand(18, "!*")
add("appsettings-json", "connection-string-password", "src/Contoso.Orders.Api/appsettings.Production.json", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "OrdersDb": "Server=tcp:sqlprod03.corp.contoso.local,1433;Database=Orders;User Id=orders_api;Password=@@pw@@;TrustServerCertificate=True;"
  },
  "Orders": {
    "PageSize": 50,
    "LegacyErpBaseUrl": "http://erp01.corp.contoso.local:8080/soap"
  }
}
""", pw, MS_ASPNET, pw=pw)

key = b64key(48)
add("appsettings-json", "jwt-signing-key", "src/Contoso.Identity/appsettings.json", """
{
  "Serilog": {
    "MinimumLevel": "Information",
    "WriteTo": [ { "Name": "File", "Args": { "path": "D:\\\\Logs\\\\identity-.log", "rollingInterval": "Day" } } ]
  },
  "Jwt": {
    "Issuer": "https://identity.contoso-corp.com",
    "Audience": "contoso-apis",
    "SigningKey": "@@key@@",
    "LifetimeMinutes": 60
  },
  "Ldap": {
    "Server": "dc01.corp.contoso.local",
    "BaseDn": "DC=corp,DC=contoso,DC=local"
  }
}
""", key, MS_ASPNET, key=key)

akey = azure_storage_key()
add("appsettings-json", "azure-storage-account-key", "src/Contoso.Documents/appsettings.Staging.json", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Storage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=contosodocsstg;AccountKey=@@k@@;EndpointSuffix=core.windows.net",
    "Container": "scans",
    "MaxUploadMb": 25
  },
  "Ocr": {
    "Endpoint": "http://ocr01.corp.contoso.local:5005/"
  }
}
""", akey, "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", k=akey)

dec("appsettings-json", "key-vault-reference", "src/Contoso.Billing/appsettings.json", """
{
  "Logging": {
    "LogLevel": { "Default": "Information", "Microsoft": "Warning" }
  },
  "KeyVault": {
    "VaultUri": "https://kv-contoso-billing.vault.azure.net/"
  },
  "ConnectionStrings": {
    "BillingDb": "@Microsoft.KeyVault(SecretUri=https://kv-contoso-billing.vault.azure.net/secrets/BillingDb/)"
  },
  "Stripe": {
    "SecretKey": "@Microsoft.KeyVault(VaultName=kv-contoso-billing;SecretName=StripeSecretKey)",
    "WebhookTolerance": 300
  }
}
""", "https://learn.microsoft.com/en-us/azure/app-service/app-service-key-vault-references")

dec("appsettings-json", "empty-with-user-secrets", "src/Contoso.Orders.Api/appsettings.Development.json", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Debug",
      "Microsoft.AspNetCore": "Information"
    }
  },
  "ConnectionStrings": {
    "OrdersDb": ""
  },
  "_comment": "Set ConnectionStrings:OrdersDb with: dotnet user-secrets set ConnectionStrings:OrdersDb \\"...\\"",
  "Smtp": {
    "Host": "localhost",
    "Port": 25,
    "Password": ""
  }
}
""", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

sk = stripe_key()
add("user-secrets-json", "stripe-secret-key", "tools/dev-setup/usersecrets/secrets.json", """
{
  "ConnectionStrings:OrdersDb": "Server=(localdb)\\\\MSSQLLocalDB;Database=Orders;Trusted_Connection=True",
  "Stripe:SecretKey": "@@sk@@",
  "Stripe:PublishableKey": "pk_live_@@pk@@",
  "FeatureFlags:NewCheckout": "true"
}
""", sk, "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", sk=sk, pk=rand(ALNUM, 24))

dec("csproj", "user-secrets-id-guid", "src/Contoso.Orders.Api/Contoso.Orders.Api.csproj", """
<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net6.0</TargetFramework>
    <Nullable>enable</Nullable>
    <UserSecretsId>8c1f2a57-3e4b-4d8a-9f0e-6b2d1c7a5e93</UserSecretsId>
    <AssemblyVersion>2.14.0.0</AssemblyVersion>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.Data.SqlClient" Version="5.1.1" />
    <PackageReference Include="Serilog.AspNetCore" Version="7.0.0" />
    <PackageReference Include="System.ServiceModel.Http" Version="4.10.2" />
  </ItemGroup>

  <ItemGroup>
    <ProjectReference Include="..\\Contoso.Orders.Domain\\Contoso.Orders.Domain.csproj" />
  </ItemGroup>

</Project>
""", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets")

pw = rand(ALNUM, 60)
add("publishsettings", "web-deploy-password", "deploy/contoso-orders-staging.PublishSettings", """
<publishData>
  <publishProfile profileName="contoso-orders-staging - Web Deploy" publishMethod="MSDeploy"
    publishUrl="contoso-orders-staging.scm.azurewebsites.net:443" msdeploySite="contoso-orders-staging"
    userName="$contoso-orders-staging" userPWD="@@pw@@"
    destinationAppUrl="http://contoso-orders-staging.azurewebsites.net" SQLServerDBConnectionString=""
    mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="http://windows.azure.com"
    webSystem="WebSites">
    <databases />
  </publishProfile>
  <publishProfile profileName="contoso-orders-staging - FTP" publishMethod="FTP"
    publishUrl="ftp://waws-prod-am2-123.ftp.azurewebsites.windows.net/site/wwwroot" ftpPassiveMode="True"
    userName="contoso-orders-staging\\$contoso-orders-staging" userPWD="@@pw@@"
    destinationAppUrl="http://contoso-orders-staging.azurewebsites.net" SQLServerDBConnectionString=""
    mySQLDBConnectionString="" hostingProviderForumLink="" controlPanelLink="http://windows.azure.com"
    webSystem="WebSites">
    <databases />
  </publishProfile>
</publishData>
""", pw, "https://learn.microsoft.com/en-us/visualstudio/deployment/tutorial-import-publish-settings-azure", pw=pw)

dec("pubxml-user", "dpapi-encrypted-password", "src/Contoso.Portal/Properties/PublishProfiles/IIS-Prod.pubxml.user", """
<?xml version="1.0" encoding="utf-8"?>
<!--
This file is used by the publish/package process of your Web project. You can customize the behavior of this process
by editing this MSBuild file.
-->
<Project ToolsVersion="4.0" xmlns="http://schemas.microsoft.com/developer/msbuild/2003">
  <PropertyGroup>
    <TimeStampOfAssociatedLegacyPublishXmlFile />
    <EncryptedPassword>AQAAANCMnd8BFdERjHoAwE/Cl+sBAAAA@@blob@@</EncryptedPassword>
    <History>True|2023-03-14T09:12:44.1185226Z;True|2023-02-28T16:40:02.5537181+01:00;</History>
    <LastFailureDetails />
  </PropertyGroup>
</Project>
""", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/deployment/visual-studio-web-deployment/deploying-to-iis", blob=b64key(210))

pat = ado_pat()
add("nuget-config", "azure-devops-pat", "NuGet.Config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" protocolVersion="3" />
    <add key="contoso-internal" value="https://pkgs.dev.azure.com/contoso/_packaging/internal/nuget/v3/index.json" />
  </packageSources>
  <packageSourceCredentials>
    <contoso-internal>
      <add key="Username" value="build" />
      <add key="ClearTextPassword" value="@@pat@@" />
    </contoso-internal>
  </packageSourceCredentials>
</configuration>
""", pat, "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#packagesourcecredentials", pat=pat)

dec("nuget-config", "env-variable-password", "build/nuget/NuGet.Config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <packageSources>
    <clear />
    <add key="nuget.org" value="https://api.nuget.org/v3/index.json" />
    <add key="contoso-proget" value="https://proget.corp.contoso.local/nuget/internal/" />
  </packageSources>
  <packageSourceCredentials>
    <contoso-proget>
      <add key="Username" value="%PROGET_USER%" />
      <add key="ClearTextPassword" value="%PROGET_API_KEY%" />
    </contoso-proget>
  </packageSourceCredentials>
  <config>
    <add key="globalPackagesFolder" value="%USERPROFILE%\\.nuget\\packages" />
  </config>
</configuration>
""", "https://learn.microsoft.com/en-us/nuget/reference/nuget-config-file#using-environment-variables")

dec("packages-lock-json", "content-hashes", "src/Contoso.Orders.Api/packages.lock.json", """
{
  "version": 1,
  "dependencies": {
    "net6.0": {
      "Microsoft.Data.SqlClient": {
        "type": "Direct",
        "requested": "[5.1.1, )",
        "resolved": "5.1.1",
        "contentHash": "@@h1@@",
        "dependencies": {
          "Azure.Identity": "1.7.0",
          "Microsoft.Identity.Client": "4.47.2"
        }
      },
      "Serilog.AspNetCore": {
        "type": "Direct",
        "requested": "[7.0.0, )",
        "resolved": "7.0.0",
        "contentHash": "@@h2@@"
      },
      "Azure.Core": {
        "type": "Transitive",
        "resolved": "1.25.0",
        "contentHash": "@@h3@@"
      }
    }
  }
}
""", "https://learn.microsoft.com/en-us/nuget/consume-packages/package-references-in-project-files#locking-dependencies",
    h1=b64key(64), h2=b64key(64), h3=b64key(64))

# ----------------------------------------------------------------------------------------------
# IIS
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("applicationhost-config", "app-pool-identity-password", "infra/iis/WEB02/applicationHost.config", """
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <system.applicationHost>
        <applicationPools>
            <add name="DefaultAppPool" />
            <add name="PortalPool" managedRuntimeVersion="v4.0" startMode="AlwaysRunning">
                <processModel identityType="SpecificUser" userName="CORP\\svc-portal" password="@@pw@@" idleTimeout="00:00:00" />
                <recycling>
                    <periodicRestart time="00:00:00">
                        <schedule>
                            <add value="03:00:00" />
                        </schedule>
                    </periodicRestart>
                </recycling>
            </add>
            <applicationPoolDefaults managedRuntimeVersion="v4.0">
                <processModel identityType="ApplicationPoolIdentity" />
            </applicationPoolDefaults>
        </applicationPools>
        <sites>
            <site name="Portal" id="2" serverAutoStart="true">
                <application path="/" applicationPool="PortalPool">
                    <virtualDirectory path="/" physicalPath="D:\\inetpub\\Portal" />
                </application>
                <bindings>
                    <binding protocol="https" bindingInformation="*:443:portal.contoso-corp.com" sslFlags="1" />
                </bindings>
            </site>
        </sites>
    </system.applicationHost>
</configuration>
""", pw, IIS + "system.applicationhost/applicationpools/add/processmodel", pw=pw)

dec("applicationhost-config", "iis-encrypted-password", "infra/iis/WEB01/applicationHost.config", """
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <configProtectedData>
        <providers>
            <add name="IISWASOnlyRsaProvider" type="" description="Uses RsaCryptoServiceProvider to encrypt and decrypt" keyContainerName="iisWasKey" cspProviderName="" useMachineContainer="true" useOAEP="false" />
            <add name="IISWASOnlyCngProvider" type="Microsoft.ApplicationHost.CngProtectedConfigurationProvider" description="Uses Win32 Crypto CNG to encrypt and decrypt" keyContainerName="iisCngWasKey" useMachineContainer="true" />
        </providers>
    </configProtectedData>
    <system.applicationHost>
        <applicationPools>
            <add name="PortalPool" managedRuntimeVersion="v4.0">
                <processModel identityType="SpecificUser" userName="CORP\\svc-portal" password="[enc:IISWASOnlyCngProvider:@@blob@@:enc]" />
            </add>
        </applicationPools>
        <sites>
            <site name="Portal" id="2">
                <application path="/" applicationPool="PortalPool">
                    <virtualDirectory path="/" physicalPath="D:\\inetpub\\Portal" />
                </application>
            </site>
        </sites>
    </system.applicationHost>
</configuration>
""", IIS + "configprotecteddata/", blob=b64key(96))

pw = pw_words()
add("applicationhost-config", "virtual-directory-unc-password", "infra/iis/WEB03/applicationHost.config", """
<?xml version="1.0" encoding="UTF-8"?>
<configuration>
    <system.applicationHost>
        <sites>
            <site name="Downloads" id="3" serverAutoStart="true">
                <application path="/" applicationPool="DownloadsPool">
                    <virtualDirectory path="/" physicalPath="D:\\inetpub\\Downloads" />
                    <virtualDirectory path="/files" physicalPath="\\\\fileserv02\\public-downloads" userName="CORP\\svc-iisfiles" password="@@pw@@" logonMethod="ClearText" />
                </application>
                <bindings>
                    <binding protocol="http" bindingInformation="*:80:downloads.contoso-corp.com" />
                </bindings>
            </site>
        </sites>
        <applicationPools>
            <add name="DownloadsPool" managedRuntimeVersion="" />
        </applicationPools>
    </system.applicationHost>
</configuration>
""", pw, IIS + "system.applicationhost/sites/site/application/virtualdirectory", pw=pw)

# ----------------------------------------------------------------------------------------------
# Java EE: Tomcat, JBoss/WildFly, WebLogic, JPA, Spring, Hibernate
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("tomcat-server-xml", "keystore-password", "ops/tomcat/conf/server.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Listener className="org.apache.catalina.startup.VersionLoggerListener" />
  <Listener className="org.apache.catalina.core.AprLifecycleListener" SSLEngine="on" />
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" redirectPort="8443" />
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol"
               maxThreads="150" SSLEnabled="true" scheme="https" secure="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="conf/hr-portal.jks"
                     certificateKeystorePassword="@@pw@@"
                     type="RSA" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.UserDatabaseRealm" resourceName="UserDatabase"/>
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false">
        <Valve className="org.apache.catalina.valves.AccessLogValve" directory="logs"
               prefix="localhost_access_log" suffix=".txt" pattern="%h %l %u %t &quot;%r&quot; %s %b" />
      </Host>
    </Engine>
  </Service>
</Server>
""", pw, TOMCAT + "http.html#SSL_Support_-_Certificate", pw=pw)

dec("tomcat-server-xml", "property-placeholder", "ops/tomcat-docker/conf/server.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- ${...} values come from catalina.properties, which the entrypoint writes from the
     container's environment (KEYSTORE_PASSWORD, LDAP_BIND_PASSWORD). -->
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8443" protocol="org.apache.coyote.http11.Http11NioProtocol" SSLEnabled="true">
      <SSLHostConfig>
        <Certificate certificateKeystoreFile="/run/secrets/tomcat.p12"
                     certificateKeystorePassword="${keystore.password}" type="RSA" />
      </SSLHostConfig>
    </Connector>
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.JNDIRealm"
             connectionURL="ldaps://dc01.corp.contoso.local:636"
             connectionName="CN=svc-tomcat,OU=Service Accounts,DC=corp,DC=contoso,DC=local"
             connectionPassword="${ldap.bind.password}"
             userSearch="(sAMAccountName={0})" userBase="OU=Staff,DC=corp,DC=contoso,DC=local"
             roleBase="OU=Groups,DC=corp,DC=contoso,DC=local" roleName="cn" roleSearch="(member={0})" />
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""", TOMCAT + "systemprops.html#Property_replacements")

pw = pw_words()
add("tomcat-server-xml", "jndi-realm-ldap-password", "ops/tomcat-hr/conf/server.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<Server port="8005" shutdown="SHUTDOWN">
  <Service name="Catalina">
    <Connector port="8080" protocol="HTTP/1.1" connectionTimeout="20000" />
    <Engine name="Catalina" defaultHost="localhost">
      <Realm className="org.apache.catalina.realm.LockOutRealm">
        <Realm className="org.apache.catalina.realm.JNDIRealm"
               connectionURL="ldap://dc02.corp.contoso.local:389"
               connectionName="CN=svc-tomcat-hr,OU=Service Accounts,DC=corp,DC=contoso,DC=local"
               connectionPassword="@@pw@@"
               referrals="follow"
               userBase="OU=Staff,DC=corp,DC=contoso,DC=local"
               userSearch="(sAMAccountName={0})" userSubtree="true"
               roleBase="OU=Groups,DC=corp,DC=contoso,DC=local"
               roleName="cn" roleSearch="(member={0})" roleSubtree="true" />
      </Realm>
      <Host name="localhost" appBase="webapps" unpackWARs="true" autoDeploy="false" />
    </Engine>
  </Service>
</Server>
""", pw, TOMCAT + "realm.html#JNDI_Directory_Realm_-_org.apache.catalina.realm.JNDIRealm", pw=pw)

pw = pw_rand(14, "!*")
add("tomcat-context-xml", "jndi-datasource-password", "webapp/src/main/webapp/META-INF/context.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<Context path="/claims" reloadable="false">
  <WatchedResource>WEB-INF/web.xml</WatchedResource>
  <Resource name="jdbc/ClaimsDS" auth="Container" type="javax.sql.DataSource"
            driverClassName="oracle.jdbc.OracleDriver"
            url="jdbc:oracle:thin:@//oradb03.corp.contoso.local:1521/CLAIMS"
            username="CLAIMS_APP" password="@@pw@@"
            maxTotal="40" maxIdle="10" maxWaitMillis="10000"
            validationQuery="SELECT 1 FROM DUAL" testOnBorrow="true" />
  <Environment name="claims/batchSize" value="500" type="java.lang.Integer" override="false" />
</Context>
""", pw, "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html", pw=pw)

pw = pw_words()
add("tomcat-users-xml", "manager-password", "ops/tomcat/conf/tomcat-users.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-script"/>
  <!-- used by the Jenkins "Deploy to container" step -->
  <user username="deployer" password="@@pw@@" roles="manager-script"/>
</tomcat-users>
""", pw, TOMCAT + "../manager-howto.html", pw=pw)

dec("tomcat-users-xml", "stock-must-be-changed", "ops/tomcat-base/conf/tomcat-users.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<tomcat-users xmlns="http://tomcat.apache.org/xml"
              xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
              xsi:schemaLocation="http://tomcat.apache.org/xml tomcat-users.xsd"
              version="1.0">
<!--
  By default, no user is included in the "manager-gui" role required
  to operate the "/manager/html" web application.  If you wish to use this app,
  you must define such a user - the username and password are arbitrary.

  Built-in Tomcat manager roles:
    - manager-gui    - allows access to the HTML GUI and the status pages
    - manager-script - allows access to the HTTP API and the status pages
-->
<!--
  <role rolename="tomcat"/>
  <role rolename="role1"/>
  <user username="tomcat" password="<must-be-changed>" roles="tomcat"/>
  <user username="both" password="<must-be-changed>" roles="tomcat,role1"/>
  <user username="role1" password="<must-be-changed>" roles="role1"/>
-->
</tomcat-users>
""", "https://github.com/apache/tomcat/blob/main/conf/tomcat-users.xml")

dec("tomcat-users-xml", "digest-hashed-password", "ops/tomcat-prod/conf/tomcat-users.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- passwords are stored as digests: bin/digest.sh -a sha-256 -h org.apache.catalina.realm.MessageDigestCredentialHandler
     server.xml: <CredentialHandler className="org.apache.catalina.realm.MessageDigestCredentialHandler" algorithm="sha-256"/> -->
<tomcat-users xmlns="http://tomcat.apache.org/xml" version="1.0">
  <role rolename="manager-gui"/>
  <role rolename="manager-status"/>
  <user username="opsadmin" password="@@salt1@@$1$@@h1@@" roles="manager-gui"/>
  <user username="nagios" password="@@salt2@@$1$@@h2@@" roles="manager-status"/>
</tomcat-users>
""", TOMCAT + "credentialhandler.html", salt1=rand(HEX, 32), h1=rand(HEX, 64), salt2=rand(HEX, 32), h2=rand(HEX, 64))

pw = pw_words()
add("wildfly-standalone-xml", "datasource-password", "ops/wildfly/standalone/configuration/standalone.xml", """
<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:16.0">
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:6.0">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/PolicyDS" pool-name="PolicyDS" enabled="true" use-java-context="true">
                    <connection-url>jdbc:sqlserver://sqlprod04.corp.contoso.local:1433;databaseName=Policy</connection-url>
                    <driver>mssql</driver>
                    <pool>
                        <min-pool-size>5</min-pool-size>
                        <max-pool-size>50</max-pool-size>
                    </pool>
                    <security>
                        <user-name>policy_app</user-name>
                        <password>@@pw@@</password>
                    </security>
                    <validation>
                        <check-valid-connection-sql>SELECT 1</check-valid-connection-sql>
                    </validation>
                </datasource>
                <drivers>
                    <driver name="mssql" module="com.microsoft.sqlserver">
                        <xa-datasource-class>com.microsoft.sqlserver.jdbc.SQLServerXADataSource</xa-datasource-class>
                    </driver>
                </drivers>
            </datasources>
        </subsystem>
    </profile>
</server>
""", pw, WILDFLY + "#DataSource", pw=pw)

dec("wildfly-standalone-xml", "vault-expression", "ops/jboss-eap/standalone/configuration/standalone-full.xml", """
<?xml version='1.0' encoding='UTF-8'?>
<server xmlns="urn:jboss:domain:1.7">
    <vault>
        <vault-option name="KEYSTORE_URL" value="${jboss.server.config.dir}/vault/vault.keystore"/>
        <vault-option name="KEYSTORE_PASSWORD" value="MASK-5dOaAVafCSd"/>
        <vault-option name="KEYSTORE_ALIAS" value="vault"/>
        <vault-option name="SALT" value="12345678"/>
        <vault-option name="ITERATION_COUNT" value="50"/>
        <vault-option name="ENC_FILE_DIR" value="${jboss.server.config.dir}/vault/"/>
    </vault>
    <profile>
        <subsystem xmlns="urn:jboss:domain:datasources:1.2">
            <datasources>
                <datasource jndi-name="java:jboss/datasources/LedgerDS" pool-name="LedgerDS" enabled="true">
                    <connection-url>jdbc:oracle:thin:@oradb01.corp.contoso.local:1521:LEDGER</connection-url>
                    <driver>oracle</driver>
                    <security>
                        <user-name>LEDGER_APP</user-name>
                        <password>${VAULT::ds_LedgerDS::password::1}</password>
                    </security>
                </datasource>
            </datasources>
        </subsystem>
    </profile>
</server>
""", "https://access.redhat.com/documentation/en-us/red_hat_jboss_enterprise_application_platform/6.4/html/security_guide/sect-password_vaults_for_sensitive_strings")

pw = pw_words()
add("jboss-ds-xml", "datasource-password", "deploy/jboss4/server/default/deploy/billing-mssql-ds.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<!-- JBoss 4.2 datasource, still deployed on APP07 -->
<datasources>
  <local-tx-datasource>
    <jndi-name>BillingDS</jndi-name>
    <connection-url>jdbc:jtds:sqlserver://sqlprod02:1433/Billing</connection-url>
    <driver-class>net.sourceforge.jtds.jdbc.Driver</driver-class>
    <user-name>billing</user-name>
    <password>@@pw@@</password>
    <min-pool-size>5</min-pool-size>
    <max-pool-size>20</max-pool-size>
    <check-valid-connection-sql>SELECT 1</check-valid-connection-sql>
    <metadata>
      <type-mapping>MS SQLSERVER2000</type-mapping>
    </metadata>
  </local-tx-datasource>
</datasources>
""", pw, "https://docs.jboss.org/jbossas/docs/Server_Configuration_Guide/4/html/Connectors_on_JBoss-Configuring_JDBC_DataSources.html", pw=pw)

pw = pw_words()
add("weblogic-boot-properties", "admin-password-plaintext", "ops/weblogic/domains/claims_domain/servers/AdminServer/security/boot.properties", """
# Written by the provisioning script before the first start of AdminServer.
# WebLogic encrypts both values on the first successful boot.
username=weblogic
password=@@pw@@
""".replace("\n# WebLogic", "\n#\n# WebLogic") + "#\n# ticket OPS-4471\n", pw, WEBLOGIC, pw=pw)

dec("weblogic-boot-properties", "aes-encrypted", "ops/weblogic/domains/hr_domain/servers/AdminServer/security/boot.properties", """
#Tue Mar 07 02:14:55 CET 2023
password={AES256}@@p@@
username={AES256}@@u@@
#
# values encrypted by WebLogic at boot; decrypting them needs this domain's SerializedSystemIni.dat
""", WEBLOGIC, p=b64key(48), u=b64key(32))

pw = pw_words()
add("wlst-python", "admin-connect-password", "ops/weblogic/scripts/deploy_claims.py", """
# WLST (Jython 2.7) - run with: $WL_HOME/common/bin/wlst.sh deploy_claims.py
import sys

adminUrl = 't3://wlsadmin01.corp.contoso.local:7001'
appName = 'claims-web'
warPath = '/u01/stage/claims-web-' + sys.argv[1] + '.war'

connect('weblogic', '@@pw@@', adminUrl)
edit()
startEdit()
try:
    undeploy(appName, timeout=120000)
except:
    print 'not deployed yet'
deploy(appName, warPath, targets='ClaimsCluster', upload='true', timeout=300000)
save()
activate(block='true')
disconnect()
exit()
""", pw, "https://docs.oracle.com/middleware/1221/wls/WLSTC/reference.htm", pw=pw)

dec("wlst-python", "storeuserconfig-key-file", "ops/weblogic/scripts/restart_managed.py", """
# WLST: connects with the encrypted user config written once by storeUserConfig(),
# so no password appears in this script or on the command line.
import os

domainHome = '/u01/domains/claims_domain'
userConfig = domainHome + '/security/ops-WebLogicConfig.properties'
userKey = domainHome + '/security/ops-WebLogicKey.properties'

connect(userConfigFile=userConfig, userKeyFile=userKey, url='t3://wlsadmin01.corp.contoso.local:7001')
domainRuntime()
for name in ['claims_ms1', 'claims_ms2']:
    shutdown(name, 'Server', ignoreSessions='true', force='true')
    start(name, 'Server')
disconnect()
""", "https://docs.oracle.com/middleware/1221/wls/WLSTC/reference.htm#WLSTC424")

pw = pw_rand(16, "!*")
add("persistence-xml", "jdbc-password", "claims-core/src/main/resources/META-INF/persistence.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<persistence version="2.1" xmlns="http://xmlns.jcp.org/xml/ns/persistence"
             xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
             xsi:schemaLocation="http://xmlns.jcp.org/xml/ns/persistence http://xmlns.jcp.org/xml/ns/persistence/persistence_2_1.xsd">
  <persistence-unit name="claimsPU" transaction-type="RESOURCE_LOCAL">
    <provider>org.hibernate.jpa.HibernatePersistenceProvider</provider>
    <class>com.contoso.claims.model.Claim</class>
    <class>com.contoso.claims.model.Policy</class>
    <properties>
      <property name="javax.persistence.jdbc.driver" value="oracle.jdbc.OracleDriver"/>
      <property name="javax.persistence.jdbc.url" value="jdbc:oracle:thin:@oradb03.corp.contoso.local:1521/CLAIMS"/>
      <property name="javax.persistence.jdbc.user" value="CLAIMS_BATCH"/>
      <property name="javax.persistence.jdbc.password" value="@@pw@@"/>
      <property name="hibernate.dialect" value="org.hibernate.dialect.Oracle12cDialect"/>
      <property name="hibernate.show_sql" value="false"/>
    </properties>
  </persistence-unit>
</persistence>
""", pw, "https://jakarta.ee/specifications/persistence/2.2/", pw=pw)

dec("persistence-xml", "jta-datasource-only", "policy-core/src/main/resources/META-INF/persistence.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<persistence version="2.2" xmlns="http://xmlns.jcp.org/xml/ns/persistence">
  <persistence-unit name="policyPU" transaction-type="JTA">
    <jta-data-source>java:jboss/datasources/PolicyDS</jta-data-source>
    <class>com.contoso.policy.model.Policy</class>
    <class>com.contoso.policy.model.Endorsement</class>
    <properties>
      <property name="hibernate.dialect" value="org.hibernate.dialect.SQLServer2012Dialect"/>
      <property name="hibernate.hbm2ddl.auto" value="validate"/>
      <property name="hibernate.jdbc.batch_size" value="50"/>
    </properties>
  </persistence-unit>
</persistence>
""", "https://jakarta.ee/specifications/persistence/2.2/")

pw = pw_words()
add("hibernate-cfg-xml", "connection-password", "legacy/ledger/src/main/resources/hibernate.cfg.xml", """
<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="connection.driver_class">com.mysql.jdbc.Driver</property>
        <property name="connection.url">jdbc:mysql://mysql02.corp.contoso.local:3306/ledger</property>
        <property name="connection.username">ledger</property>
        <property name="connection.password">@@pw@@</property>
        <property name="connection.pool_size">10</property>
        <property name="dialect">org.hibernate.dialect.MySQL5Dialect</property>
        <property name="show_sql">false</property>
        <mapping resource="com/contoso/ledger/Entry.hbm.xml"/>
        <mapping resource="com/contoso/ledger/Account.hbm.xml"/>
    </session-factory>
</hibernate-configuration>
""", pw, "https://docs.jboss.org/hibernate/orm/3.6/reference/en-US/html/session-configuration.html", pw=pw)

pw = pw_words()
add("spring-beans-xml", "datasource-password", "legacy/ledger/src/main/webapp/WEB-INF/applicationContext.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans
       http://www.springframework.org/schema/beans/spring-beans-3.0.xsd">

    <bean id="dataSource" class="org.apache.commons.dbcp.BasicDataSource" destroy-method="close">
        <property name="driverClassName" value="oracle.jdbc.driver.OracleDriver"/>
        <property name="url" value="jdbc:oracle:thin:@oradb01:1521:LEDGER"/>
        <property name="username" value="LEDGER_WEB"/>
        <property name="password" value="@@pw@@"/>
        <property name="maxActive" value="25"/>
    </bean>

    <bean id="ledgerDao" class="com.contoso.ledger.dao.JdbcLedgerDao">
        <property name="dataSource" ref="dataSource"/>
    </bean>
</beans>
""", pw, "https://docs.spring.io/spring-framework/docs/3.0.x/reference/jdbc.html", pw=pw)

dec("spring-beans-xml", "jasypt-encrypted-property", "legacy/claims/src/main/webapp/WEB-INF/spring/datasource.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<beans xmlns="http://www.springframework.org/schema/beans"
       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
       xsi:schemaLocation="http://www.springframework.org/schema/beans http://www.springframework.org/schema/beans/spring-beans.xsd">

    <!-- jdbc.password in claims.properties is ENC(...), decrypted with the key in $JASYPT_PASSWORD -->
    <bean id="environmentConfig" class="org.jasypt.encryption.pbe.config.EnvironmentStringPBEConfig">
        <property name="algorithm" value="PBEWithMD5AndDES"/>
        <property name="passwordEnvName" value="JASYPT_PASSWORD"/>
    </bean>
    <bean id="configurationEncryptor" class="org.jasypt.encryption.pbe.StandardPBEStringEncryptor">
        <property name="config" ref="environmentConfig"/>
    </bean>
    <bean id="propertyConfigurer" class="org.jasypt.spring31.properties.EncryptablePropertyPlaceholderConfigurer">
        <constructor-arg ref="configurationEncryptor"/>
        <property name="location" value="classpath:claims.properties"/>
    </bean>
    <bean id="dataSource" class="org.apache.commons.dbcp2.BasicDataSource">
        <property name="url" value="${jdbc.url}"/>
        <property name="username" value="${jdbc.username}"/>
        <property name="password" value="${jdbc.password}"/>
    </bean>
</beans>
""", "http://www.jasypt.org/spring31.html")

dec("java-properties", "jasypt-ciphertext", "legacy/claims/src/main/resources/claims.properties", """
# Claims web - production
jdbc.url=jdbc:oracle:thin:@oradb03.corp.contoso.local:1521/CLAIMS
jdbc.username=CLAIMS_WEB
# encrypted with: encrypt.sh input=<password> password=$JASYPT_PASSWORD algorithm=PBEWithMD5AndDES
jdbc.password=ENC(@@c@@)
claims.batch.size=500
claims.archive.dir=/u02/archive/claims
mail.smtp.host=smtp.contoso-corp.com
""", "http://www.jasypt.org/encrypting-configuration.html", c=b64key(24))

pw = pw_words()
add("java-properties", "jndi-security-credentials", "legacy/claims-batch/src/main/resources/jndi.properties", """
# JNDI lookup of the JMS queues on the WebLogic cluster
java.naming.factory.initial=weblogic.jndi.WLInitialContextFactory
java.naming.provider.url=t3://wls01.corp.contoso.local:7003,wls02.corp.contoso.local:7003
java.naming.security.principal=claims_jms
java.naming.security.credentials=@@pw@@
claims.queue.inbound=jms/ClaimsInbound
claims.queue.dlq=jms/ClaimsDLQ
""", pw, "https://docs.oracle.com/javase/8/docs/api/javax/naming/Context.html#SECURITY_CREDENTIALS", pw=pw)

pw = pw_rand(16, "!*")
add("liquibase-properties", "reference-db-password", "db/ledger/liquibase.properties", """
# liquibase --defaults-file=db/ledger/liquibase.properties update
changeLogFile=db/ledger/changelog-master.xml
driver=com.microsoft.sqlserver.jdbc.SQLServerDriver
classpath=lib/mssql-jdbc-12.2.0.jre11.jar
url=jdbc:sqlserver://sqlprod02.corp.contoso.local:1433;databaseName=Ledger;encrypt=true;trustServerCertificate=true
username=ledger_migrator
password=@@pw@@
liquibase.hub.mode=off
logLevel=info
""", pw, "https://docs.liquibase.com/concepts/connections/creating-config-properties.html", pw=pw)

dec("flyway-conf", "env-substitution", "db/policy/flyway.conf", """
# Flyway - policy database. Credentials come from the environment of the CI agent.
flyway.url=jdbc:sqlserver://sqlprod04.corp.contoso.local:1433;databaseName=Policy
flyway.user=${FLYWAY_USER}
flyway.password=${FLYWAY_PASSWORD}
flyway.schemas=dbo
flyway.locations=filesystem:db/policy/migrations
flyway.baselineOnMigrate=true
flyway.validateMigrationNaming=true
""", "https://documentation.red-gate.com/fd/configuration-files-224003079.html")

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

# ----------------------------------------------------------------------------------------------
# PHP: WordPress, Laravel, Symfony, CodeIgniter, Joomla, Drupal, phpMyAdmin
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("wp-config-php", "db-password", "sites/intranet-blog/wp-config.php", """
<?php
/**
 * The base configuration for WordPress - intranet blog on WEB05 (IIS + PHP 7.4 FastCGI)
 */

// ** Database settings - You can get this info from your web host ** //
define( 'DB_NAME', 'wp_intranet' );
define( 'DB_USER', 'wp_intranet' );
define( 'DB_PASSWORD', '@@pw@@' );
define( 'DB_HOST', 'mysql02.corp.contoso.local' );
define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

$table_prefix = 'wp_';

define( 'WP_DEBUG', false );
define( 'DISALLOW_FILE_EDIT', true );

/* That's all, stop editing! Happy publishing. */
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", pw, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/", pw=pw)

dec("wp-config-php", "sample-placeholders", "sites/intranet-blog/wp-config-sample.php", """
<?php
/**
 * The base configuration for WordPress
 *
 * @package WordPress
 */

// ** Database settings - You can get this info from your web host ** //
/** The name of the database for WordPress */
define( 'DB_NAME', 'database_name_here' );

/** Database username */
define( 'DB_USER', 'username_here' );

/** Database password */
define( 'DB_PASSWORD', 'password_here' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );
""", "https://github.com/WordPress/WordPress/blob/master/wp-config-sample.php")

salt = rand(string.ascii_letters + string.digits + "!#$%()*+,-.:;=?[]^_{|}~", 64)
add("wp-config-php", "auth-key-salt", "sites/partner-portal/wp-config.php", """
<?php
define( 'DB_NAME', getenv( 'WP_DB_NAME' ) );
define( 'DB_USER', getenv( 'WP_DB_USER' ) );
define( 'DB_PASSWORD', getenv( 'WP_DB_PASSWORD' ) );
define( 'DB_HOST', getenv( 'WP_DB_HOST' ) );

/**#@+
 * Authentication unique key. Generated once from https://api.wordpress.org/secret-key/1.1/salt/
 * (the other keys are set in the IIS application settings).
 */
define( 'AUTH_KEY', '@@salt@@' );
/**#@-*/

$table_prefix = 'pp_';
define( 'WP_DEBUG', false );
if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", salt, "https://developer.wordpress.org/advanced-administration/wordpress/wp-config/#security-keys", salt=salt)

appkey = "base64:" + b64key(32)
add("laravel-env", "app-key", "apps/vendor-portal/.env", """
APP_NAME="Vendor Portal"
APP_ENV=production
APP_KEY=@@k@@
APP_DEBUG=false
APP_URL=https://vendors.contoso-corp.com

LOG_CHANNEL=daily
LOG_LEVEL=warning

DB_CONNECTION=sqlsrv
DB_HOST=sqlprod03.corp.contoso.local
DB_PORT=1433
DB_DATABASE=VendorPortal
DB_USERNAME=vendor_portal
DB_PASSWORD=

CACHE_DRIVER=file
SESSION_DRIVER=database
QUEUE_CONNECTION=database
""", appkey, "https://laravel.com/docs/10.x/configuration#environment-configuration", k=appkey)

pw = pw_words()
add("laravel-env", "db-password", "apps/helpdesk/.env.production", """
APP_NAME=Helpdesk
APP_ENV=production
APP_KEY=
APP_DEBUG=false
APP_URL=https://helpdesk.contoso-corp.com

DB_CONNECTION=mysql
DB_HOST=mysql02.corp.contoso.local
DB_PORT=3306
DB_DATABASE=helpdesk
DB_USERNAME=helpdesk
DB_PASSWORD="@@pw@@"

MAIL_MAILER=smtp
MAIL_HOST=smtp.contoso-corp.com
MAIL_PORT=25
MAIL_ENCRYPTION=null
""", pw, "https://laravel.com/docs/10.x/configuration#environment-configuration", pw=pw)

dec("laravel-env", "example-empty", "apps/helpdesk/.env.example", """
APP_NAME=Helpdesk
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

LOG_CHANNEL=stack

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=helpdesk
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=null
""", "https://github.com/laravel/laravel/blob/10.x/.env.example")

pw = pw_rand(16, "-_")
add("symfony-parameters-yml", "database-password", "apps/catalog/app/config/parameters.yml", """
# This file is auto-generated during the composer install
parameters:
    database_driver: pdo_sqlsrv
    database_host: sqlprod03.corp.contoso.local
    database_port: 1433
    database_name: Catalog
    database_user: catalog_web
    database_password: @@pw@@
    mailer_transport: smtp
    mailer_host: smtp.contoso-corp.com
    mailer_user: null
    mailer_password: null
    secret: null
    locale: de
""", pw, "https://symfony.com/doc/3.4/configuration/external_parameters.html", pw=pw)

dec("symfony-parameters-yml", "dist-default-secret", "apps/catalog/app/config/parameters.yml.dist", """
# This file is a "template" of what your parameters.yml file should look like
# Set parameters here that may be different on each deployment target of the app, e.g. development, staging, production.
# https://symfony.com/doc/current/best_practices/configuration.html#infrastructure-related-configuration
parameters:
    database_host: 127.0.0.1
    database_port: ~
    database_name: symfony
    database_user: root
    database_password: ~
    # You should uncomment this if you want to use pdo_sqlite
    #database_path: '%kernel.project_dir%/var/data/data.sqlite'

    mailer_transport: smtp
    mailer_host: 127.0.0.1
    mailer_user: ~
    mailer_password: ~

    # A secret key that's used to generate certain security-related tokens
    secret: ThisTokenIsNotSoSecretChangeIt
""", "https://github.com/symfony/symfony-standard/blob/3.4/app/config/parameters.yml.dist")

pw = pw_words()
add("codeigniter-database-php", "db-password", "apps/timeclock/application/config/database.php", """
<?php
defined('BASEPATH') OR exit('No direct script access allowed');

$active_group = 'default';
$query_builder = TRUE;

$db['default'] = array(
	'dsn'	=> '',
	'hostname' => 'oradb02.corp.contoso.local:1521/TIMECLK',
	'username' => 'TIMECLOCK',
	'password' => '@@pw@@',
	'database' => '',
	'dbdriver' => 'oci8',
	'dbprefix' => '',
	'pconnect' => FALSE,
	'db_debug' => (ENVIRONMENT !== 'production'),
	'cache_on' => FALSE,
	'char_set' => 'utf8',
	'dbcollat' => 'utf8_general_ci',
	'swap_pre' => '',
	'encrypt' => FALSE,
	'compress' => FALSE,
	'stricton' => FALSE,
	'failover' => array(),
	'save_queries' => TRUE
);
""", pw, "https://codeigniter.com/userguide3/database/configuration.html", pw=pw)

sec = rand(ALNUM, 16)
add("joomla-configuration-php", "secret", "sites/extranet/configuration.php", """
<?php
class JConfig {
	public $offline = '0';
	public $sitename = 'Contoso Extranet';
	public $editor = 'tinymce';
	public $list_limit = '20';
	public $dbtype = 'mysqli';
	public $host = 'mysql02.corp.contoso.local';
	public $user = 'extranet';
	public $password = getenv('JOOMLA_DB_PASSWORD');
	public $db = 'extranet';
	public $dbprefix = 'jx7_';
	public $live_site = '';
	public $secret = '@@s@@';
	public $gzip = '0';
	public $error_reporting = 'none';
	public $log_path = '/var/www/extranet/administrator/logs';
	public $tmp_path = '/var/www/extranet/tmp';
	public $lifetime = '15';
	public $session_handler = 'database';
}
""".replace("getenv('JOOMLA_DB_PASSWORD')", "''"), sec, "https://docs.joomla.org/Configuration.php", s=sec)

pw = pw_words()
add("drupal-settings-php", "database-password", "sites/careers/web/sites/default/settings.php", """
<?php

// phpcs:ignoreFile

$databases['default']['default'] = [
  'database' => 'careers',
  'username' => 'careers',
  'password' => '@@pw@@',
  'prefix' => '',
  'host' => 'mysql03.corp.contoso.local',
  'port' => '3306',
  'namespace' => 'Drupal\\\\mysql\\\\Driver\\\\Database\\\\mysql',
  'driver' => 'mysql',
  'autoload' => 'core/modules/mysql/src/Driver/Database/mysql/',
];

$settings['hash_salt'] = file_get_contents('/var/www/private/careers-salt.txt');
$settings['config_sync_directory'] = '../config/sync';
$settings['trusted_host_patterns'] = ['^careers\\.contoso-corp\\.com$'];
$settings['file_private_path'] = '/var/www/private/careers';
""", pw, "https://www.drupal.org/docs/getting-started/installing-drupal/step-3-create-settingsphp-and-the-files-directory", pw=pw)

pw = pw_words()
add("phpmyadmin-config-php", "controluser-password", "tools/phpmyadmin/config.inc.php", """
<?php
/**
 * phpMyAdmin configuration - DBA jump host
 */
declare(strict_types=1);

$cfg['blowfish_secret'] = ''; /* filled in from env in docker-entrypoint */

$i = 0;
$i++;
$cfg['Servers'][$i]['auth_type'] = 'cookie';
$cfg['Servers'][$i]['host'] = 'mysql02.corp.contoso.local';
$cfg['Servers'][$i]['compress'] = false;
$cfg['Servers'][$i]['AllowNoPassword'] = false;

/* storage for bookmarks, relations, history */
$cfg['Servers'][$i]['controluser'] = 'pma';
$cfg['Servers'][$i]['controlpass'] = '@@pw@@';
$cfg['Servers'][$i]['pmadb'] = 'phpmyadmin';

$cfg['UploadDir'] = '';
$cfg['SaveDir'] = '';
""", pw, "https://docs.phpmyadmin.net/en/latest/config.html#cfg_Servers_controlpass", pw=pw)

# ----------------------------------------------------------------------------------------------
# Classic ASP, UDL, ODC
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("global-asa", "ado-connection-password", "legacy/orderdesk-asp/global.asa", """
<SCRIPT LANGUAGE="VBScript" RUNAT="Server">
' OrderDesk classic ASP - application events
Sub Application_OnStart
    Application("ConnStr") = "Provider=SQLOLEDB;Data Source=SQLPROD01;Initial Catalog=OrderDesk;User Id=orderdesk;Password=@@pw@@;"
    Application("SiteName") = "OrderDesk"
    Application("UploadPath") = "D:\\Sites\\OrderDesk\\uploads"
End Sub

Sub Session_OnStart
    Session.Timeout = 30
    Session("UserID") = ""
End Sub

Sub Session_OnEnd
End Sub
</SCRIPT>
""", pw, "https://learn.microsoft.com/en-us/previous-versions/iis/6.0-sdk/ms525161(v=vs.90)", pw=pw)

pw = pw_words()
add("classic-asp", "inline-connection-password", "legacy/orderdesk-asp/includes/db.asp", """
<%
' shared include: <!--#include file="includes/db.asp"-->
Dim conn
Set conn = Server.CreateObject("ADODB.Connection")
conn.ConnectionTimeout = 15
conn.Open "Driver={SQL Server};Server=SQLPROD01;Database=OrderDesk;Uid=orderdesk_ro;Pwd=@@pw@@;"

Function GetRS(sql)
    Dim rs
    Set rs = Server.CreateObject("ADODB.Recordset")
    rs.Open sql, conn, 3, 1
    Set GetRS = rs
End Function

Sub CloseDb()
    If IsObject(conn) Then
        conn.Close
        Set conn = Nothing
    End If
End Sub
%>
""", pw, "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/open-method-ado-connection", pw=pw)

pw = pw_words()
add("udl", "oledb-password", "tools/reports/Warehouse.udl", """
[oledb]
; Everything after this line is an OLE DB initstring
Provider=SQLOLEDB.1;Password=@@pw@@;Persist Security Info=True;User ID=report_reader;Initial Catalog=Warehouse;Data Source=SQLDW01
""".rstrip("\n") + "\n;\n; saved by the Data Link Properties dialog for the month-end Excel workbook\n", pw,
    "https://learn.microsoft.com/en-us/sql/ado/guide/appendixes/microsoft-ole-db-provider-for-sql-server", pw=pw)

dec("udl", "integrated-security", "tools/reports/Staging.udl", """
[oledb]
; Everything after this line is an OLE DB initstring
Provider=MSOLEDBSQL.1;Integrated Security=SSPI;Persist Security Info=False;Initial Catalog=Staging;Data Source=SQLDW01;Use Encryption for Data=Optional
;
; Windows authentication: runs as whoever opens the workbook
""", "https://learn.microsoft.com/en-us/sql/connect/oledb/help-topics/data-link-pages")

pw = pw_words()
add("odc", "office-data-connection-password", "reports/finance/SQLDW01 Warehouse Sales.odc", """
<html xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv=Content-Type content="text/x-ms-odc; charset=utf-8">
<meta name=ProgId content=ODC.Table>
<meta name=SourceType content=OLEDB>
<title>SQLDW01 Warehouse Sales</title>
<xml id=docprops><o:DocumentProperties
  xmlns:o="urn:schemas-microsoft-com:office:office"
  xmlns="http://www.w3.org/TR/REC-html40">
  <o:Name>SQLDW01 Warehouse Sales</o:Name>
 </o:DocumentProperties>
</xml><xml id=msodc><odc:OfficeDataConnection
  xmlns:odc="urn:schemas-microsoft-com:office:odc"
  xmlns="http://www.w3.org/TR/REC-html40">
  <odc:Connection odc:Type="OLEDB">
   <odc:ConnectionString>Provider=SQLOLEDB.1;Password=@@pw@@;Persist Security Info=True;User ID=finance_reader;Initial Catalog=Warehouse;Data Source=SQLDW01;Use Procedure for Prepare=1;Auto Translate=True</odc:ConnectionString>
   <odc:CommandType>Table</odc:CommandType>
   <odc:CommandText>&quot;Warehouse&quot;.&quot;dbo&quot;.&quot;vSalesMonthly&quot;</odc:CommandText>
  </odc:Connection>
 </odc:OfficeDataConnection>
</xml>
</head>
</html>
""", pw, "https://learn.microsoft.com/en-us/openspecs/office_standards/ms-odc/", pw=pw)

# ----------------------------------------------------------------------------------------------
# Perl DBI, VBScript, VBA
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("perl-dbi", "oracle-password", "scripts/perl/nightly_gl_extract.pl", """
#!/usr/bin/perl
# Nightly GL extract for the Python reconciliation service (writes /data/gl/gl_YYYYMMDD.csv)
use strict;
use warnings;
use DBI;
use POSIX qw(strftime);

my $day = strftime('%Y%m%d', localtime(time - 86400));
my $dbh = DBI->connect('dbi:Oracle:host=oradb01.corp.contoso.local;sid=LEDGER;port=1521',
                       'GL_EXTRACT', '@@pw@@',
                       { RaiseError => 1, AutoCommit => 0 })
    or die "connect failed: $DBI::errstr";

my $sth = $dbh->prepare(q{
    SELECT account_no, period, amount FROM gl_balances WHERE posted_date = TO_DATE(?, 'YYYYMMDD')
});
$sth->execute($day);

open(my $out, '>', "/data/gl/gl_$day.csv") or die $!;
while (my @row = $sth->fetchrow_array) {
    print $out join(',', @row), "\\n";
}
close $out;
$dbh->disconnect;
""", pw, "https://metacpan.org/pod/DBD::Oracle", pw=pw)

dec("perl-dbi", "env-password", "scripts/perl/load_rates.pl", """
#!/usr/bin/perl
use strict;
use warnings;
use DBI;

# credentials come from the scheduler's environment (set in the Control-M job definition)
my $user = $ENV{RATES_DB_USER} or die "RATES_DB_USER not set\\n";
my $pass = $ENV{RATES_DB_PASS} or die "RATES_DB_PASS not set\\n";

my $dbh = DBI->connect('dbi:ODBC:DSN=RATES_PROD', $user, $pass, { RaiseError => 1 });
my $ins = $dbh->prepare('INSERT INTO fx_rates (ccy, rate, as_of) VALUES (?, ?, ?)');
while (my $line = <STDIN>) {
    chomp $line;
    my ($ccy, $rate, $as_of) = split /;/, $line;
    $ins->execute($ccy, $rate, $as_of);
}
$dbh->disconnect;
""", "https://metacpan.org/pod/DBI#connect")

pw = pw_words()
add("perl-module", "config-hash-password", "scripts/perl/lib/Contoso/Config.pm", """
package Contoso::Config;
use strict;
use warnings;
use Exporter 'import';
our @EXPORT_OK = qw(%CFG);

our %CFG = (
    ldap_host   => 'ldaps://dc01.corp.contoso.local',
    ldap_base   => 'OU=Staff,DC=corp,DC=contoso,DC=local',
    ldap_binddn => 'CN=svc-perlsync,OU=Service Accounts,DC=corp,DC=contoso,DC=local',
    ldap_bindpw => '@@pw@@',
    hr_dsn      => 'dbi:ODBC:DSN=HRPROD',
    outdir      => '/data/hr-sync',
);

1;
""", pw, "https://metacpan.org/pod/Net::LDAP#bind", pw=pw)

pw = pw_words()
add("vbscript", "ado-connection-password", "scripts/vbs/export_open_orders.vbs", """
' Exports open orders to CSV for the Python pricing service. Scheduled on APP03, 05:30 daily.
Option Explicit
Dim conn, rs, fso, out, line

Set conn = CreateObject("ADODB.Connection")
conn.Open "Provider=SQLOLEDB;Data Source=SQLPROD01;Initial Catalog=OrderDesk;User ID=export_job;Password=@@pw@@"

Set rs = conn.Execute("SELECT OrderNo, Customer, Total FROM dbo.Orders WHERE Status = 'OPEN'")
Set fso = CreateObject("Scripting.FileSystemObject")
Set out = fso.CreateTextFile("\\\\fileserv01\\exchange\\open_orders.csv", True)
out.WriteLine "OrderNo,Customer,Total"
Do Until rs.EOF
    line = rs("OrderNo") & "," & rs("Customer") & "," & rs("Total")
    out.WriteLine line
    rs.MoveNext
Loop
out.Close
rs.Close
conn.Close
""", pw, "https://learn.microsoft.com/en-us/sql/ado/reference/ado-api/connection-object-ado", pw=pw)

dec("vbscript", "inputbox-prompt", "scripts/vbs/map_drives.vbs", """
' Maps the department drives; asks for the password instead of storing it.
Option Explicit
Dim net, user, pass
Set net = CreateObject("WScript.Network")
user = "CORP\\" & net.UserName
pass = InputBox("Password for " & user, "Map drives")
If pass = "" Then WScript.Quit 1

On Error Resume Next
net.RemoveNetworkDrive "S:", True, True
On Error GoTo 0
net.MapNetworkDrive "S:", "\\\\fileserv01\\shared", False, user, pass
net.MapNetworkDrive "R:", "\\\\fileserv02\\reports", False, user, pass
pass = ""
WScript.Echo "Drives mapped."
""", "https://learn.microsoft.com/en-us/previous-versions/windows/internet-explorer/ie-developer/windows-scripting/8kst88h6(v=vs.84)")

pw = pw_words()
add("vbscript", "wmi-remote-credentials", "scripts/vbs/inventory_servers.vbs", """
' Collects OS and disk info from the app servers over WMI
Option Explicit
Dim locator, svc, items, item, host
Dim hosts : hosts = Array("APP01", "APP02", "APP03")

Set locator = CreateObject("WbemScripting.SWbemLocator")
For Each host In hosts
    Set svc = locator.ConnectServer(host, "root\\cimv2", "CORP\\svc-inventory", "@@pw@@")
    Set items = svc.ExecQuery("SELECT Caption, FreePhysicalMemory FROM Win32_OperatingSystem")
    For Each item In items
        WScript.Echo host & ";" & item.Caption & ";" & item.FreePhysicalMemory
    Next
Next
""", pw, "https://learn.microsoft.com/en-us/windows/win32/wmisdk/swbemlocator-connectserver", pw=pw)

pw = pw_words()
add("vba-module", "adodb-password", "office/macros/modRefreshPivot.bas", """
Attribute VB_Name = "modRefreshPivot"
Option Explicit

Private Const CONN_STR As String = "Provider=MSOLEDBSQL;Data Source=SQLDW01;Initial Catalog=Warehouse;" & _
    "User ID=excel_refresh;Password=@@pw@@;"

Public Sub RefreshSales()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open CONN_STR
    Set rs = cn.Execute("SELECT Region, Month, Revenue FROM dbo.vSalesMonthly")
    With ThisWorkbook.Worksheets("Data")
        .Range("A2:C10000").ClearContents
        .Range("A2").CopyFromRecordset rs
    End With
    rs.Close
    cn.Close
    ThisWorkbook.RefreshAll
End Sub
""", pw, "https://learn.microsoft.com/en-us/office/vba/api/excel.range.copyfromrecordset", pw=pw)

pw = pw_words()
add("vba-module", "split-password-concatenation", "office/macros/modUploadFtp.bas", """
Attribute VB_Name = "modUploadFtp"
Option Explicit

' splits the password so it does not show up in a plain text search of the workbook (sigh)
Private Function FtpPass() As String
    FtpPass = "@@a@@" + "@@b@@"
End Function

Public Sub UploadPrices()
    Dim script As String, f As Integer
    script = Environ("TEMP") & "\\ftp_prices.txt"
    f = FreeFile
    Open script For Output As #f
    Print #f, "open ftp.distributor.example.com"
    Print #f, "user contoso_prices " & FtpPass()
    Print #f, "put C:\\Prices\\prices.csv"
    Print #f, "bye"
    Close #f
    Shell "ftp -n -s:" & script, vbHide
End Sub
""", pw, "https://learn.microsoft.com/en-us/office/vba/language/reference/user-interface-help/shell-function", a=pw[:6], b=pw[6:])

dec("vba-module", "windows-auth", "office/macros/modLoadBudget.bas", """
Attribute VB_Name = "modLoadBudget"
Option Explicit

' Windows authentication: the workbook connects as the user who opens it.
Public Sub LoadBudget()
    Dim cn As Object, rs As Object
    Set cn = CreateObject("ADODB.Connection")
    cn.Open "Provider=MSOLEDBSQL;Data Source=SQLDW01;Initial Catalog=Budget;Integrated Security=SSPI;"
    Set rs = cn.Execute("SELECT CostCenter, Period, Amount FROM dbo.Budget WHERE FiscalYear = 2024")
    Worksheets("Budget").Range("A2").CopyFromRecordset rs
    rs.Close
    cn.Close
End Sub
""", "https://learn.microsoft.com/en-us/sql/connect/oledb/applications/using-connection-string-keywords-with-oledb-driver-for-sql-server")

# ----------------------------------------------------------------------------------------------
# Windows batch and PowerShell
# ----------------------------------------------------------------------------------------------

pw = pw_words("-.")
add("batch", "net-use-password", "scripts/batch/copy_bank_files.cmd", """
@echo off
setlocal
rem Copies the bank statement files to the share read by the Python reconciliation service.
rem Scheduled task "BankFiles" on APP02, every 15 minutes.

net use \\\\fileserv03\\bank @@pw@@ /user:CORP\\svc-bankfiles /persistent:no
if errorlevel 1 (
    echo %date% %time% net use failed >> D:\\Logs\\bankfiles.log
    exit /b 1
)

robocopy D:\\Inbound\\Bank \\\\fileserv03\\bank\\incoming *.sta *.xml /MOV /R:2 /W:10 /NP /LOG+:D:\\Logs\\bankfiles.log

net use \\\\fileserv03\\bank /delete /y
endlocal
""", pw, "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)", pw=pw)

dec("batch", "net-use-prompt", "scripts/batch/map_reports.cmd", """
@echo off
rem Maps the reports share for the month-end team.
rem The * makes net use prompt for the password; nothing is stored.
net use R: /delete /y >nul 2>&1
net use R: \\\\fileserv02\\reports * /user:CORP\\%USERNAME% /persistent:yes
if errorlevel 1 (
    echo Could not map R:, check your password and try again.
    pause
    exit /b 1
)
echo R: mapped.
""", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/gg651155(v=ws.11)")

pw = pw_words("-.")
add("batch", "cmdkey-pass", "scripts/batch/setup_build_agent.bat", """
@echo off
rem One-time setup of a build agent: stores the credential for the artifact share and the
rem SQL box so later steps (and the Python test runner) can reach them without prompting.
echo Setting up build agent %COMPUTERNAME%

cmdkey /add:fileserv04.corp.contoso.local /user:CORP\\svc-build /pass:@@pw@@
cmdkey /list

mkdir C:\\BuildTools 2>nul
xcopy /E /I /Y \\\\fileserv04.corp.contoso.local\\tools\\python311 C:\\BuildTools\\python311
setx PATH "%PATH%;C:\\BuildTools\\python311" /M
echo done.
""", pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey", pw=pw)

dec("batch", "runas-savecred", "scripts/batch/open_admin_console.bat", """
@echo off
rem Starts the admin console as the service account. /savecred uses the credential stored in
rem the user's Credential Manager after the first (interactive) prompt; no password in here.
runas /user:CORP\\svc-adminconsole /savecred "C:\\Program Files\\Contoso\\AdminConsole\\AdminConsole.exe"
if errorlevel 1 (
    echo runas failed with %errorlevel%
    pause
)
""", "https://learn.microsoft.com/en-us/previous-versions/windows/it-pro/windows-server-2012-r2-and-2012/cc771525(v=ws.11)")

pw = pw_words("-.")
add("batch", "schtasks-run-password", "scripts/batch/register_tasks.cmd", """
@echo off
rem Registers the scheduled tasks of the pricing service on APP04.
set PY=C:\\Python311\\python.exe
set APPDIR=D:\\Apps\\pricing

schtasks /create /tn "Pricing\\Nightly" /tr "%PY% %APPDIR%\\run_nightly.py" /sc daily /st 01:30 ^
    /ru CORP\\svc-pricing /rp @@pw@@ /rl HIGHEST /f

schtasks /create /tn "Pricing\\Cleanup" /tr "%PY% %APPDIR%\\cleanup.py" /sc weekly /d SUN /st 04:00 ^
    /ru SYSTEM /f

schtasks /query /tn "Pricing\\Nightly" /v /fo list
""", pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create", pw=pw)

pw = pw_rand(16, "-_")
add("batch", "sqlcmd-sa-password", "db/scripts/restore_uat.cmd", """
@echo off
rem Restores last night's production backup onto the UAT instance.
set SRC=\\\\backup01\\sql\\SQLPROD02\\Portal_FULL.bak
set INST=SQLUAT01\\PORTAL

sqlcmd -S %INST% -U sa -P @@pw@@ -b -Q "ALTER DATABASE Portal SET SINGLE_USER WITH ROLLBACK IMMEDIATE"
sqlcmd -S %INST% -U sa -P @@pw@@ -b -Q "RESTORE DATABASE Portal FROM DISK='%SRC%' WITH REPLACE, STATS=10"
sqlcmd -S %INST% -U sa -P @@pw@@ -b -i D:\\Scripts\\uat_scrub.sql
sqlcmd -S %INST% -U sa -P @@pw@@ -b -Q "ALTER DATABASE Portal SET MULTI_USER"
echo Restore finished %date% %time%
""", pw, "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", pw=pw)

dec("batch", "sqlcmd-trusted", "db/scripts/rebuild_indexes.cmd", """
@echo off
rem Weekly index maintenance; runs as the SQL Agent proxy account (Windows authentication, -E).
set INST=SQLPROD02\\PORTAL
sqlcmd -S %INST% -E -d Portal -b -i D:\\Scripts\\IndexOptimize.sql -o D:\\Logs\\indexes_%date:~-4%%date:~3,2%%date:~0,2%.log
if errorlevel 1 (
    echo Index maintenance failed, see log.
    exit /b 1
)
sqlcmd -S %INST% -E -Q "EXEC msdb.dbo.sp_send_dbmail @profile_name='DBA', @recipients='dba@contoso-corp.com', @subject='Index maintenance OK'"
""", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility")

pw = pw_words("-.")
add("batch", "psexec-password", "scripts/batch/restart_pricing_all.cmd", """
@echo off
rem Restarts the pricing Windows service on every app server.
for %%H in (APP04 APP05 APP06) do (
    echo Restarting on %%H
    psexec \\\\%%H -u CORP\\svc-deploy -p @@pw@@ -h cmd /c "sc stop PricingSvc & timeout /t 10 & sc start PricingSvc"
)
echo all done
""", pw, "https://learn.microsoft.com/en-us/sysinternals/downloads/psexec", pw=pw)

pw = pw_words()
add("powershell", "convertto-securestring-plaintext", "scripts/ps/Deploy-PricingService.ps1", """
<#
.SYNOPSIS
    Deploys the Python pricing service to the app servers over WinRM.
#>
param(
    [string[]]$Servers = @('APP04', 'APP05', 'APP06'),
    [string]$Package = '\\\\fileserv04\\drop\\pricing\\latest.zip'
)

$user = 'CORP\\svc-deploy'
$secure = ConvertTo-SecureString '@@pw@@' -AsPlainText -Force
$cred = New-Object System.Management.Automation.PSCredential($user, $secure)

foreach ($server in $Servers) {
    Write-Host "Deploying to $server"
    Invoke-Command -ComputerName $server -Credential $cred -ScriptBlock {
        param($pkg)
        Stop-Service PricingSvc -ErrorAction SilentlyContinue
        Expand-Archive -Path $pkg -DestinationPath 'D:\\Apps\\pricing' -Force
        Start-Service PricingSvc
    } -ArgumentList $Package
}
""", pw, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertto-securestring", pw=pw)

dec("powershell", "get-credential-prompt", "scripts/ps/Restart-AppPools.ps1", """
<#
.SYNOPSIS
    Recycles the IIS application pools on the web farm.
#>
[CmdletBinding()]
param(
    [string[]]$Servers = @('WEB01', 'WEB02', 'WEB03'),
    [string]$Pool = 'PortalPool',
    [System.Management.Automation.PSCredential]$Credential = (Get-Credential -Message 'CORP admin account')
)

foreach ($server in $Servers) {
    Invoke-Command -ComputerName $server -Credential $Credential -ScriptBlock {
        param($name)
        Import-Module WebAdministration
        Restart-WebAppPool -Name $name
    } -ArgumentList $Pool
    Write-Verbose "Recycled $Pool on $server"
}
""", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/get-credential")

dec("powershell", "dpapi-secure-string", "scripts/ps/Send-DailyReport.ps1", """
# Sends the daily report. The password below is a DPAPI-protected SecureString exported with
#   Read-Host -AsSecureString | ConvertFrom-SecureString
# by the svc-reports account on APP03; only that account on that machine can decrypt it.
$encrypted = '01000000d08c9ddf0115d1118c7a00c04fc297eb01000000@@blob@@'
$secure = ConvertTo-SecureString $encrypted
$cred = New-Object System.Management.Automation.PSCredential('svc-reports@contoso-corp.com', $secure)

$body = Get-Content 'D:\\Reports\\daily.html' -Raw
Send-MailMessage -SmtpServer 'smtp.contoso-corp.com' -Port 587 -UseSsl -Credential $cred `
    -From 'svc-reports@contoso-corp.com' -To 'finance-team@contoso-corp.com' `
    -Subject ("Daily report {0:yyyy-MM-dd}" -f (Get-Date)) -Body $body -BodyAsHtml
""", "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.security/convertfrom-securestring", blob=rand(HEX, 420))

tok = fakes.github_token(next(_SEEDS))
add("powershell", "invoke-webrequest-bearer", "scripts/ps/Get-ReleaseAssets.ps1", """
# Downloads the latest release wheels of the ERP connector from GitHub (private repo).
$ErrorActionPreference = 'Stop'
$repo = 'contoso/erp-connector'
$headers = @{
    Authorization = 'token @@tok@@'
    Accept        = 'application/vnd.github+json'
}
$release = Invoke-RestMethod -Uri "https://api.github.com/repos/$repo/releases/latest" -Headers $headers
foreach ($asset in $release.assets) {
    if ($asset.name -like '*.whl') {
        Invoke-WebRequest -Uri $asset.url -Headers ($headers + @{ Accept = 'application/octet-stream' }) `
            -OutFile (Join-Path 'D:\\Drops' $asset.name)
    }
}
""", tok, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/invoke-webrequest", tok=tok)

pw = pw_words()
basic = base64.b64encode(f"svc-jira:{pw}".encode()).decode()
add("powershell", "basic-auth-header-base64", "scripts/ps/Export-JiraIssues.ps1", """
# Pulls the open incidents from the on-prem Jira into a CSV for the SLA dashboard.
$base = 'https://jira.corp.contoso.local'
$headers = @{ Authorization = 'Basic @@b@@' }
$jql = [uri]::EscapeDataString('project = INC AND status != Closed')
$start = 0
$rows = @()
do {
    $page = Invoke-RestMethod -Uri "$base/rest/api/2/search?jql=$jql&startAt=$start&maxResults=100" -Headers $headers
    $rows += $page.issues | Select-Object key, @{n='summary';e={$_.fields.summary}}, @{n='created';e={$_.fields.created}}
    $start += 100
} while ($start -lt $page.total)
$rows | Export-Csv -Path 'D:\\Exchange\\open_incidents.csv' -NoTypeInformation -Encoding UTF8
""", pw, "https://developer.atlassian.com/server/jira/platform/basic-authentication/", b=basic)

pw = pw_words()
add("powershell", "invoke-sqlcmd-password", "scripts/ps/Sync-Employees.ps1", """
Import-Module SqlServer

$params = @{
    ServerInstance = 'SQLPROD02\\HR'
    Database       = 'HR'
    Username       = 'hr_sync'
    Password       = '@@pw@@'
    Query          = 'SELECT EmployeeId, Email, CostCenter FROM dbo.Employees WHERE Active = 1'
}
$employees = Invoke-Sqlcmd @params

$employees | ForEach-Object {
    Set-ADUser -Identity $_.EmployeeId -Replace @{ department = $_.CostCenter } -ErrorAction Continue
}
Write-Output ("Synced {0} employees" -f $employees.Count)
""", pw, "https://learn.microsoft.com/en-us/powershell/module/sqlserver/invoke-sqlcmd", pw=pw)

dec("powershell", "secret-management-vault", "scripts/ps/Rotate-ServiceCert.ps1", """
#Requires -Modules Microsoft.PowerShell.SecretManagement
param([string]$Thumbprint = 'A1B2C3D4E5F60718293A4B5C6D7E8F9012345678')

# The PFX password lives in the CORP-Vault (CyberArk) extension vault
$pfxPassword = Get-Secret -Vault 'CORP-Vault' -Name 'PortalPfxPassword'
$pfx = '\\\\fileserv04\\certs\\portal-2025.pfx'

$cert = Import-PfxCertificate -FilePath $pfx -CertStoreLocation Cert:\\LocalMachine\\My -Password $pfxPassword
Import-Module WebAdministration
$binding = Get-WebBinding -Name 'Portal' -Protocol https
$binding.AddSslCertificate($cert.Thumbprint, 'My')
Write-Host "Old cert $Thumbprint replaced by $($cert.Thumbprint)"
""", "https://learn.microsoft.com/en-us/powershell/utility-modules/secretmanagement/overview")

pw = pw_words()
add("powershell-data", "psd1-config-password", "scripts/ps/PricingDeploy.psd1", """
@{
    # Settings read by Deploy-Pricing.ps1 with Import-PowerShellDataFile
    Servers      = @('APP04', 'APP05', 'APP06')
    ServiceName  = 'PricingSvc'
    InstallPath  = 'D:\\Apps\\pricing'
    Python       = 'C:\\Python311\\python.exe'
    ServiceUser  = 'CORP\\svc-pricing'
    ServicePass  = '@@pw@@'
    HealthUrl    = 'http://localhost:8085/health'
    RetryCount   = 3
}
""", pw, "https://learn.microsoft.com/en-us/powershell/module/microsoft.powershell.utility/import-powershelldatafile", pw=pw)

pw = pw_words()
add("powershell", "net-networkcredential", "scripts/ps/Upload-ToSharePoint.ps1", """
# Uploads the weekly KPI workbook to the on-prem SharePoint 2013 farm (NTLM).
$site = 'https://sharepoint.corp.contoso.local/sites/finance'
$file = 'D:\\Reports\\kpi_weekly.xlsx'
$target = "$site/Shared Documents/KPI/kpi_weekly.xlsx"

$wc = New-Object System.Net.WebClient
$wc.Credentials = New-Object System.Net.NetworkCredential('svc-spupload', '@@pw@@', 'CORP')
$wc.UploadFile($target, 'PUT', $file) | Out-Null
Write-Host "Uploaded to $target"
""", pw, "https://learn.microsoft.com/en-us/dotnet/api/system.net.networkcredential", pw=pw)

# ----------------------------------------------------------------------------------------------
# Registry exports, unattend, RDP, FileZilla
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("reg", "winlogon-default-password", "infra/kiosk/autologon.reg", """
Windows Registry Editor Version 5.00

; Lobby kiosk: logs on automatically as the kiosk account after a reboot
[HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Winlogon]
"AutoAdminLogon"="1"
"DefaultUserName"="kiosk-lobby"
"DefaultDomainName"="CORP"
"DefaultPassword"="@@pw@@"
"ForceAutoLogon"=dword:00000001

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Policies\\Microsoft\\Windows\\Personalization]
"NoLockScreen"=dword:00000001
""", pw, "https://learn.microsoft.com/en-us/troubleshoot/windows-server/user-profiles-and-logon/turn-on-automatic-logon", pw=pw)

pw = pw_words()
add("reg", "odbc-dsn-password", "infra/odbc/HRPROD_dsn.reg", """
Windows Registry Editor Version 5.00

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\ODBC Data Sources]
"HRPROD"="ODBC Driver 17 for SQL Server"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\ODBC\\ODBC.INI\\HRPROD]
"Driver"="C:\\\\Windows\\\\system32\\\\msodbcsql17.dll"
"Description"="HR production (read only) - used by the Python sync"
"Server"="SQLPROD02\\\\HR"
"Database"="HR"
"LastUser"="hr_reader"
"PWD"="@@pw@@"
"Trusted_Connection"="No"
""", pw, "https://learn.microsoft.com/en-us/sql/odbc/reference/install/registry-entries-for-data-sources", pw=pw)

pw = pw_words()
add("reg", "putty-proxy-password", "infra/putty/sessions-export.reg", """
Windows Registry Editor Version 5.00

[HKEY_CURRENT_USER\\Software\\SimonTatham\\PuTTY\\Sessions\\mvs01-via-proxy]
"HostName"="mvs01.corp.contoso.local"
"PortNumber"=dword:00000017
"Protocol"="telnet"
"ProxyMethod"=dword:00000003
"ProxyHost"="proxy01.corp.contoso.local"
"ProxyPort"=dword:00000c38
"ProxyUsername"="svc-mvsproxy"
"ProxyPassword"="@@pw@@"
"TerminalType"="xterm"
"LineCodePage"="CP037"
""", pw, "https://the.earth.li/~sgtatham/putty/0.78/htmldoc/Chapter4.html#config-proxy-auth", pw=pw)

dec("reg", "com-clsid-and-binary", "infra/registry/ContosoShellExt.reg", """
Windows Registry Editor Version 5.00

[HKEY_CLASSES_ROOT\\CLSID\\{5E2B7C41-9A3D-4F6B-8C1E-2D7A9B3F4E60}]
@="Contoso Document Preview Handler"
"AppID"="{6D9BAE1F-9D40-4BE1-9A2C-3F5E7D8C1B24}"
"DisplayName"="Contoso Preview"

[HKEY_CLASSES_ROOT\\CLSID\\{5E2B7C41-9A3D-4F6B-8C1E-2D7A9B3F4E60}\\InprocServer32]
@="C:\\\\Program Files\\\\Contoso\\\\PreviewHandler.dll"
"ThreadingModel"="Apartment"

[HKEY_LOCAL_MACHINE\\SOFTWARE\\Contoso\\Preview]
"Settings"=hex:3c,00,00,00,02,00,00,00,1f,8b,08,00,00,00,00,00,00,0b,4b,cc,29,\\
  c9,4c,4e,4d,31,34,32,00,00,d5,1c,9a,7e,09,00,00,00
"CacheSizeMb"=dword:00000100
""", "https://learn.microsoft.com/en-us/troubleshoot/windows-server/performance/windows-registry-advanced-users")

pw = pw_words()
add("unattend-xml", "administrator-password-plaintext", "infra/images/win2019-app/autounattend.xml", """
<?xml version="1.0" encoding="utf-8"?>
<unattend xmlns="urn:schemas-microsoft-com:unattend">
    <settings pass="oobeSystem">
        <component name="Microsoft-Windows-Shell-Setup" processorArchitecture="amd64" publicKeyToken="31bf3856ad364e35" language="neutral" versionScope="nonSxS" xmlns:wcm="http://schemas.microsoft.com/WMIConfig/2002/State">
            <UserAccounts>
                <AdministratorPassword>
                    <Value>@@pw@@</Value>
                    <PlainText>true</PlainText>
                </AdministratorPassword>
            </UserAccounts>
            <OOBE>
                <HideEULAPage>true</HideEULAPage>
                <NetworkLocation>Work</NetworkLocation>
                <ProtectYourPC>3</ProtectYourPC>
                <SkipMachineOOBE>true</SkipMachineOOBE>
            </OOBE>
            <TimeZone>W. Europe Standard Time</TimeZone>
        </component>
    </settings>
</unattend>
""", pw, "https://learn.microsoft.com/en-us/windows-hardware/customize/desktop/unattend/microsoft-windows-shell-setup-useraccounts-administratorpassword", pw=pw)

dec("rdp", "dpapi-password-blob", "infra/rdp/APP03-admin.rdp", """
screen mode id:i:2
use multimon:i:0
desktopwidth:i:1920
desktopheight:i:1080
session bpp:i:32
full address:s:app03.corp.contoso.local
username:s:CORP\\opsadmin
password 51:b:01000000D08C9DDF0115D1118C7A00C04FC297EB01000000@@blob@@
authentication level:i:2
prompt for credentials:i:0
redirectclipboard:i:1
redirectdrives:i:0
gatewayhostname:s:rdgw.contoso-corp.com
gatewayusagemethod:i:1
""", "https://learn.microsoft.com/en-us/windows-server/remote/remote-desktop-services/clients/rdp-files", blob=rand("0123456789ABCDEF", 460))

pw = pw_words()
add("filezilla-sitemanager-xml", "base64-password", "infra/ftp/FileZilla/sitemanager.xml", """
<?xml version="1.0" encoding="UTF-8" standalone="yes" ?>
<FileZilla3 version="3.63.2" platform="windows">
    <Servers>
        <Folder expanded="1">Mainframe
            <Server>
                <Host>ftp.mvs01.corp.contoso.local</Host>
                <Port>21</Port>
                <Protocol>4</Protocol>
                <Type>0</Type>
                <User>BATCHFT</User>
                <Pass encoding="base64">@@b@@</Pass>
                <Logontype>1</Logontype>
                <PasvMode>MODE_DEFAULT</PasvMode>
                <EncodingType>Auto</EncodingType>
                <Name>MVS01 batch transfers</Name>
                <Comments>GDG datasets for the Python loader</Comments>
                <SyncBrowsing>0</SyncBrowsing>
            </Server>
        </Folder>
    </Servers>
</FileZilla3>
""", pw, "https://wiki.filezilla-project.org/Site_Manager", b=base64.b64encode(pw.encode()).decode())

# ----------------------------------------------------------------------------------------------
# ODBC, FreeTDS, LDAP / Active Directory, SSSD, Samba
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("odbc-ini", "dsn-password", "deploy/linux/etc/odbc.ini", """
[ODBC Data Sources]
HRPROD = ODBC Driver 18 for SQL Server
LEDGER = Oracle 19 ODBC driver

[HRPROD]
Driver      = ODBC Driver 18 for SQL Server
Description = HR production, read only, for hr-sync (Python)
Server      = tcp:sqlprod02.corp.contoso.local,1433
Database    = HR
UID         = hr_reader
PWD         = @@pw@@
Encrypt     = yes
TrustServerCertificate = yes

[LEDGER]
Driver      = Oracle 19 ODBC driver
ServerName  = LEDGER
UserID      = GL_EXTRACT
""", pw, "https://learn.microsoft.com/en-us/sql/connect/odbc/linux-mac/dsn-connection-string-attribute", pw=pw)

dec("odbcinst-ini", "driver-registry", "deploy/linux/etc/odbcinst.ini", """
[ODBC Driver 18 for SQL Server]
Description=Microsoft ODBC Driver 18 for SQL Server
Driver=/opt/microsoft/msodbcsql18/lib64/libmsodbcsql-18.3.so.2.1
UsageCount=1

[Oracle 19 ODBC driver]
Description=Oracle ODBC driver for Oracle 19
Driver=/usr/lib/oracle/19.19/client64/lib/libsqora.so.19.1
Setup=
FileUsage=
CPTimeout=
CPReuse=

[FreeTDS]
Description=FreeTDS for legacy Sybase ASE
Driver=/usr/lib/x86_64-linux-gnu/odbc/libtdsodbc.so
""", "https://www.unixodbc.org/odbcinst.html")

pw = pw_words()
add("odbc-dsn-file", "file-dsn-pwd", "reports/access/Warehouse.dsn", """
[ODBC]
DRIVER=SQL Server
UID=access_reports
PWD=@@pw@@
DATABASE=Warehouse
WSID=FINPC042
APP=Microsoft Office 2016
SERVER=SQLDW01
Description=Warehouse for the Access month-end database
""", pw, "https://learn.microsoft.com/en-us/sql/odbc/reference/file-data-sources", pw=pw)

dec("odbc-dsn-file", "trusted-connection", "reports/access/Budget.dsn", """
[ODBC]
DRIVER=ODBC Driver 17 for SQL Server
Trusted_Connection=Yes
DATABASE=Budget
WSID=FINPC042
APP=Microsoft Office 2016
SERVER=SQLDW01
Description=Budget (Windows authentication)
""", "https://learn.microsoft.com/en-us/sql/odbc/reference/file-data-sources")

dec("freetds-conf", "servers-no-credentials", "deploy/linux/etc/freetds/freetds.conf", """
#   $Id: freetds.conf,v 1.12 2007-12-25 06:02:36 jklowden Exp $
#
# This file is installed by FreeTDS if no file by the same
# name is found in the installation directory.
[global]
        # TDS protocol version
        tds version = auto
        text size = 64512
        client charset = UTF-8

# The Sybase ASE box the settlement service still reads from
[SYBPROD]
        host = syb01.corp.contoso.local
        port = 5000
        tds version = 5.0

[SQLPROD01]
        host = sqlprod01.corp.contoso.local
        port = 1433
        tds version = 7.4
""", "https://www.freetds.org/userguide/freetdsconf.html")

pw = pw_words()
add("nslcd-conf", "bindpw", "deploy/linux/etc/nslcd.conf", """
# /etc/nslcd.conf - nslcd configuration for the Linux app servers joined to CORP AD
uid nslcd
gid nslcd

uri ldaps://dc01.corp.contoso.local ldaps://dc02.corp.contoso.local
base dc=corp,dc=contoso,dc=local

binddn CN=svc-nslcd,OU=Service Accounts,DC=corp,DC=contoso,DC=local
bindpw @@pw@@

base passwd OU=Staff,DC=corp,DC=contoso,DC=local
filter passwd (&(objectClass=user)(uidNumber=*))
map    passwd uid sAMAccountName
map    passwd homeDirectory "/home/$sAMAccountName"

tls_reqcert demand
tls_cacertfile /etc/pki/tls/certs/corp-root-ca.pem
""", pw, "https://arthurdejong.org/nss-pam-ldapd/nslcd.conf.5", pw=pw)

dec("ldap-conf", "client-defaults", "deploy/linux/etc/openldap/ldap.conf", """
#
# LDAP Defaults
#

# See ldap.conf(5) for details
# This file should be world readable but not world writable.

BASE    dc=corp,dc=contoso,dc=local
URI     ldaps://dc01.corp.contoso.local ldaps://dc02.corp.contoso.local

SIZELIMIT       12
TIMELIMIT       15
DEREF           never

TLS_CACERT      /etc/pki/tls/certs/corp-root-ca.pem
TLS_REQCERT     demand
SASL_MECH       GSSAPI
""", "https://www.openldap.org/software/man.cgi?query=ldap.conf")

pw = pw_words()
add("sssd-conf", "ldap-default-authtok", "deploy/linux/etc/sssd/sssd.conf", """
[sssd]
config_file_version = 2
services = nss, pam
domains = corp.contoso.local

[domain/corp.contoso.local]
id_provider = ldap
auth_provider = ldap
ldap_uri = ldaps://dc01.corp.contoso.local
ldap_search_base = dc=corp,dc=contoso,dc=local
ldap_schema = ad
ldap_default_bind_dn = CN=svc-sssd,OU=Service Accounts,DC=corp,DC=contoso,DC=local
ldap_default_authtok_type = password
ldap_default_authtok = @@pw@@
ldap_id_mapping = true
ldap_tls_reqcert = demand
ldap_tls_cacert = /etc/pki/tls/certs/corp-root-ca.pem
cache_credentials = true
enumerate = false
""", pw, "https://man.archlinux.org/man/sssd-ldap.5", pw=pw)

dec("sssd-conf", "ad-provider-keytab", "deploy/linux-ad/etc/sssd/sssd.conf", """
[sssd]
domains = corp.contoso.local
config_file_version = 2
services = nss, pam

[domain/corp.contoso.local]
# joined with: realm join --user=<admin> corp.contoso.local  (machine keytab in /etc/krb5.keytab)
ad_domain = corp.contoso.local
krb5_realm = CORP.CONTOSO.LOCAL
realmd_tags = manages-system joined-with-adcli
cache_credentials = True
id_provider = ad
krb5_store_password_if_offline = True
default_shell = /bin/bash
ldap_id_mapping = True
use_fully_qualified_names = False
fallback_homedir = /home/%u
access_provider = simple
simple_allow_groups = linux-admins, app-operators
""", "https://man.archlinux.org/man/sssd-ad.5")

pw = pw_words()
add("samba-credentials", "cifs-credentials-file", "deploy/linux/etc/samba/cred-fileserv03", """
# credentials file for the cifs mount of \\\\fileserv03\\bank (see /etc/fstab)
# chmod 600, owner root
username=svc-bankfiles
password=@@pw@@
domain=CORP
""", pw, "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", pw=pw)

dec("fstab", "cifs-credentials-reference", "deploy/linux/etc/fstab", """
# /etc/fstab: static file system information.
#
# <file system>                  <mount point>    <type>  <options>                                            <dump> <pass>
/dev/mapper/vg0-root             /                xfs     defaults                                             0      0
/dev/mapper/vg0-data             /data            xfs     defaults,noatime                                     0      0
UUID=3f1c2b7e-8a4d-4e0b-9c61-5d2f7a8e9b10 /boot   xfs     defaults                                             0      0
//fileserv03/bank                /mnt/bank        cifs    credentials=/etc/samba/cred-fileserv03,vers=3.0,uid=svc-recon,gid=svc-recon,_netdev  0  0
//fileserv02/reports             /mnt/reports     cifs    sec=krb5,multiuser,vers=3.0,_netdev                   0      0
""", "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html")

pw = pw_words()
add("fstab", "cifs-inline-password", "deploy/linux-legacy/etc/fstab", """
# /etc/fstab on RPT01 (built 2016, to be retired)
/dev/sda1                        /                ext4    errors=remount-ro                                    0      1
/dev/sdb1                        /data            ext4    defaults                                             0      2
//fileserv02/reports             /mnt/reports     cifs    username=svc-rpt,password=@@pw@@,domain=CORP,vers=2.1,uid=1001  0  0
tmpfs                            /tmp             tmpfs   defaults,size=2g                                     0      0
""", pw, "https://manpages.debian.org/bookworm/cifs-utils/mount.cifs.8.en.html", pw=pw)

dec("krb5-conf", "realm-config", "deploy/linux/etc/krb5.conf", """
[libdefaults]
    default_realm = CORP.CONTOSO.LOCAL
    dns_lookup_realm = false
    dns_lookup_kdc = true
    ticket_lifetime = 24h
    renew_lifetime = 7d
    forwardable = true
    rdns = false
    default_ccache_name = KEYRING:persistent:%{uid}

[realms]
    CORP.CONTOSO.LOCAL = {
        kdc = dc01.corp.contoso.local
        kdc = dc02.corp.contoso.local
        admin_server = dc01.corp.contoso.local
    }

[domain_realm]
    .corp.contoso.local = CORP.CONTOSO.LOCAL
    corp.contoso.local = CORP.CONTOSO.LOCAL
""", "https://web.mit.edu/kerberos/krb5-latest/doc/admin/conf_files/krb5_conf.html")

# ----------------------------------------------------------------------------------------------
# SAP, Oracle, SQL Server, SSIS
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("sapnwrfc-ini", "rfc-passwd", "services/sap-bridge/sapnwrfc.ini", """
/*  sapnwrfc.ini for the Python SAP bridge (PyRFC).
    Destinations are selected with Connection(dest='...') */

DEST=ERP_PRD
ASHOST=sapprd-ci.corp.contoso.local
SYSNR=00
CLIENT=100
USER=RFC_PYBRIDGE
PASSWD=@@pw@@
LANG=EN
TRACE=0

DEST=ERP_QAS
ASHOST=sapqas-ci.corp.contoso.local
SYSNR=10
CLIENT=200
USER=RFC_PYBRIDGE
LANG=EN
""", pw, "https://help.sap.com/doc/saphelp_nw74/7.4.16/en-US/48/ce50e418d3424be10000000a421937/content.htm", pw=pw)

dec("sapnwrfc-ini", "snc-no-password", "services/sap-bridge/config/sapnwrfc.ini", """
/*  Production uses SNC with the service's PSE; no password is configured */
DEST=ERP_PRD
MSHOST=sapprd-ms.corp.contoso.local
MSSERV=3600
R3NAME=PRD
GROUP=RFC
CLIENT=100
LANG=EN
SNC_MODE=1
SNC_QOP=9
SNC_MYNAME=p:CN=svc-pybridge, OU=SAP, O=Contoso, C=DE
SNC_PARTNERNAME=p:CN=PRD, OU=SAP, O=Contoso, C=DE
SNC_LIB=/usr/sap/sapcrypto/libsapcrypto.so
""", "https://sap.github.io/PyRFC/client.html")

pw = pw_words()
add("python-pyrfc", "connection-passwd", "services/sap-bridge/sap_bridge/materials.py", """
\"\"\"Reads material master data from SAP ERP for the pricing service.\"\"\"
from pyrfc import Connection

SAP_PARAMS = dict(
    ashost="sapprd-ci.corp.contoso.local",
    sysnr="00",
    client="100",
    user="RFC_PYBRIDGE",
    passwd="@@pw@@",
    lang="EN",
)


def read_materials(plant: str, max_rows: int = 5000):
    with Connection(**SAP_PARAMS) as conn:
        result = conn.call(
            "BAPI_MATERIAL_GETLIST",
            PLANTSELECTION=[{"SIGN": "I", "OPTION": "EQ", "PLANT_LOW": plant}],
            MAXROWS=max_rows,
        )
    return [row["MATERIAL"] for row in result["MATNRLIST"]]
""", pw, "https://sap.github.io/PyRFC/client.html", pw=pw)

dec("tnsnames-ora", "net-service-names", "deploy/oracle/network/admin/tnsnames.ora", """
# tnsnames.ora Network Configuration File: /u01/app/oracle/product/19.0.0/client_1/network/admin/tnsnames.ora
LEDGER =
  (DESCRIPTION =
    (ADDRESS = (PROTOCOL = TCP)(HOST = oradb01.corp.contoso.local)(PORT = 1521))
    (CONNECT_DATA =
      (SERVER = DEDICATED)
      (SERVICE_NAME = LEDGER.corp.contoso.local)
    )
  )

CLAIMS =
  (DESCRIPTION =
    (ADDRESS_LIST =
      (ADDRESS = (PROTOCOL = TCP)(HOST = oradb03a.corp.contoso.local)(PORT = 1521))
      (ADDRESS = (PROTOCOL = TCP)(HOST = oradb03b.corp.contoso.local)(PORT = 1521))
    )
    (CONNECT_DATA = (SERVICE_NAME = CLAIMS))
  )
""", "https://docs.oracle.com/en/database/oracle/oracle-database/19/netrf/local-naming-parameters-in-tns-ora-file.html")

dec("sqlnet-ora", "wallet-location", "deploy/oracle/network/admin/sqlnet.ora", """
# sqlnet.ora: the Python batch jobs connect with /@LEDGER using the secure external password store
WALLET_LOCATION =
  (SOURCE =
    (METHOD = FILE)
    (METHOD_DATA = (DIRECTORY = /u01/app/oracle/wallets/batch))
  )
SQLNET.WALLET_OVERRIDE = TRUE
SSL_CLIENT_AUTHENTICATION = FALSE
NAMES.DIRECTORY_PATH = (TNSNAMES, EZCONNECT)
SQLNET.EXPIRE_TIME = 10
""", "https://docs.oracle.com/en/database/oracle/oracle-database/19/dbseg/configuring-authentication.html#GUID-803496D2-19C7-4F02-94EC-C13EDD8FB17B")

pw = pw_words()
add("shell", "mkstore-create-credential", "deploy/oracle/create_batch_wallet.sh", """
#!/bin/sh
# Creates the external password store used by the Python batch jobs (see sqlnet.ora).
set -e
WALLET=/u01/app/oracle/wallets/batch
mkdir -p "$WALLET"
orapki wallet create -wallet "$WALLET" -auto_login_local -pwd "$ORAPKI_WALLET_PWD"
mkstore -wrl "$WALLET" -createCredential LEDGER GL_EXTRACT '@@pw@@' <<EOF
$ORAPKI_WALLET_PWD
EOF
mkstore -wrl "$WALLET" -listCredential <<EOF
$ORAPKI_WALLET_PWD
EOF
chmod 600 "$WALLET"/*
""", pw, "https://docs.oracle.com/en/database/oracle/oracle-database/19/dbseg/configuring-authentication.html", pw=pw)

pw = pw_words()
add("shell", "sqlplus-userid-password", "scripts/oracle/refresh_mviews.sh", """
#!/bin/ksh
# Refreshes the materialized views the reporting API reads. cron: 15 2 * * * oracle
export ORACLE_HOME=/u01/app/oracle/product/19.0.0/client_1
export PATH=$ORACLE_HOME/bin:$PATH
export TNS_ADMIN=$ORACLE_HOME/network/admin
LOG=/var/log/oracle/refresh_mviews_$(date +%Y%m%d).log

sqlplus -s REPORTING/@@pw@@@CLAIMS <<EOF >> $LOG 2>&1
WHENEVER SQLERROR EXIT SQL.SQLCODE
SET SERVEROUTPUT ON
EXEC DBMS_MVIEW.REFRESH('MV_CLAIMS_DAILY', 'C');
EXEC DBMS_MVIEW.REFRESH('MV_CLAIMS_BY_REGION', 'C');
EXIT
EOF
""", pw, "https://docs.oracle.com/en/database/oracle/oracle-database/19/sqpug/SQL-Plus-command-reference.html", pw=pw)

pw = pw_words()
add("sql-script", "create-login-password", "db/sqlserver/security/003_create_python_logins.sql", """
-- Logins for the Python services (run once per environment by the DBA)
USE [master];
GO
IF NOT EXISTS (SELECT 1 FROM sys.server_principals WHERE name = N'pricing_svc')
    CREATE LOGIN [pricing_svc] WITH PASSWORD = N'@@pw@@', DEFAULT_DATABASE = [Pricing], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF;
GO
USE [Pricing];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'pricing_svc')
    CREATE USER [pricing_svc] FOR LOGIN [pricing_svc];
ALTER ROLE [db_datareader] ADD MEMBER [pricing_svc];
ALTER ROLE [db_datawriter] ADD MEMBER [pricing_svc];
GO
""", pw, "https://learn.microsoft.com/en-us/sql/t-sql/statements/create-login-transact-sql", pw=pw)

dec("sql-script", "create-login-hashed", "db/sqlserver/security/sp_help_revlogin_output.sql", """
-- Output of sp_help_revlogin on SQLPROD02, to move logins to the new instance with the same SIDs.
-- Passwords are the SQL Server password hashes (HASHED), not the passwords.
/* sp_help_revlogin script
** Generated Mar 12 2024  9:41AM on SQLPROD02\\HR */

-- Login: hr_reader
CREATE LOGIN [hr_reader] WITH PASSWORD = 0x0200@@h1@@ HASHED, SID = 0x@@sid1@@, DEFAULT_DATABASE = [HR], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF

-- Login: hr_sync
CREATE LOGIN [hr_sync] WITH PASSWORD = 0x0200@@h2@@ HASHED, SID = 0x@@sid2@@, DEFAULT_DATABASE = [HR], CHECK_POLICY = ON, CHECK_EXPIRATION = OFF
""", "https://learn.microsoft.com/en-us/troubleshoot/sql/database-engine/security/transfer-logins-passwords-between-instances",
    h1=rand("0123456789ABCDEF", 136), sid1=rand("0123456789ABCDEF", 32), h2=rand("0123456789ABCDEF", 136), sid2=rand("0123456789ABCDEF", 32))

pw = pw_words()
add("sqlcmd-script", "setvar-password", "db/sqlserver/deploy/create_linked_server.sql", """
:setvar LinkedName "SYBPROD"
:setvar RemoteUser "settle_link"
:setvar RemotePassword "@@pw@@"
:on error exit

USE [master];
GO
EXEC sp_addlinkedserver @server = N'$(LinkedName)', @srvproduct = N'', @provider = N'MSDASQL', @datasrc = N'SYBPROD';
EXEC sp_addlinkedsrvlogin @rmtsrvname = N'$(LinkedName)', @useself = N'False', @locallogin = NULL,
     @rmtuser = N'$(RemoteUser)', @rmtpassword = N'$(RemotePassword)';
GO
EXEC sp_serveroption @server = N'$(LinkedName)', @optname = N'rpc out', @optvalue = N'true';
GO
""", pw, "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-use-scripting-variables", pw=pw)

dec("sqlcmd-script", "setvar-from-environment", "db/sqlserver/deploy/create_app_user.sql", """
-- Run with: sqlcmd -S <instance> -E -i create_app_user.sql -v AppPassword="%APP_DB_PASSWORD%"
-- The release pipeline passes the value from the Key Vault-backed variable group.
:on error exit
USE [Pricing];
GO
IF NOT EXISTS (SELECT 1 FROM sys.database_principals WHERE name = N'pricing_api')
    CREATE USER [pricing_api] WITH PASSWORD = N'$(AppPassword)';
GO
ALTER ROLE [db_datareader] ADD MEMBER [pricing_api];
GO
""", "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-use-scripting-variables")

pw = pw_words()
add("ssis-dtsconfig", "connection-string-password", "etl/ssis/Configs/LoadWarehouse.dtsConfig", """
<?xml version="1.0"?>
<DTSConfiguration>
  <DTSConfigurationHeading>
    <DTSConfigurationFileInfo GeneratedBy="CORP\\etl-dev" GeneratedFromPackageName="LoadWarehouse" GeneratedFromPackageID="{7A0C9F21-4B3E-4D5F-8A6B-1C2D3E4F5A6B}" GeneratedDate="3/14/2019 10:22:41 AM"/>
  </DTSConfigurationHeading>
  <Configuration ConfiguredType="Property" Path="\\Package.Connections[Warehouse].Properties[ConnectionString]" ValueType="String">
    <ConfiguredValue>Data Source=SQLDW01;User ID=etl_loader;Password=@@pw@@;Initial Catalog=Warehouse;Provider=SQLNCLI11.1;Persist Security Info=True;Auto Translate=False;</ConfiguredValue>
  </Configuration>
  <Configuration ConfiguredType="Property" Path="\\Package.Variables[User::StagingFolder].Properties[Value]" ValueType="String">
    <ConfiguredValue>\\\\fileserv01\\etl\\staging</ConfiguredValue>
  </Configuration>
</DTSConfiguration>
""", pw, "https://learn.microsoft.com/en-us/sql/integration-services/packages/legacy-package-deployment-ssis#xml-configuration-file", pw=pw)

dec("ssis-dtsx", "dont-save-sensitive", "etl/ssis/Packages/LoadWarehouse.dtsx", """
<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts"
  DTS:refId="Package"
  DTS:CreationDate="3/14/2019 9:58:12 AM"
  DTS:CreatorName="CORP\\etl-dev"
  DTS:DTSID="{7A0C9F21-4B3E-4D5F-8A6B-1C2D3E4F5A6B}"
  DTS:ExecutableType="Microsoft.Package"
  DTS:ObjectName="LoadWarehouse"
  DTS:ProtectionLevel="0"
  DTS:VersionBuild="42"
  DTS:VersionGUID="{3C5E7A91-2B4D-4F6A-8C0E-9D1B3F5A7C2E}">
  <DTS:Property DTS:Name="PackageFormatVersion">8</DTS:Property>
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[Warehouse]"
      DTS:CreationName="OLEDB"
      DTS:DTSID="{B1D3F5A7-9C2E-4A6B-8D0F-1E3A5C7B9D2F}"
      DTS:ObjectName="Warehouse">
      <DTS:ObjectData>
        <DTS:ConnectionManager
          DTS:ConnectionString="Data Source=SQLDW01;User ID=etl_loader;Initial Catalog=Warehouse;Provider=SQLNCLI11.1;Auto Translate=False;" />
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
  <DTS:Variables>
    <DTS:Variable DTS:CreationName="" DTS:DTSID="{C2E4A6B8-0D1F-4B3C-9E5A-7F9B1D3E5A7C}" DTS:Namespace="User" DTS:ObjectName="StagingFolder">
      <DTS:VariableValue DTS:DataType="8">\\\\fileserv01\\etl\\staging</DTS:VariableValue>
    </DTS:Variable>
  </DTS:Variables>
</DTS:Executable>
""", "https://learn.microsoft.com/en-us/sql/integration-services/security/access-control-for-sensitive-data-in-packages")

pw = pw_words()
add("ssis-dtsx", "password-in-package-variable", "etl/ssis/Packages/ExportToPartner.dtsx", """
<?xml version="1.0"?>
<DTS:Executable xmlns:DTS="www.microsoft.com/SqlServer/Dts"
  DTS:refId="Package"
  DTS:CreatorName="CORP\\etl-dev"
  DTS:DTSID="{9E1A3C5B-7D2F-4E6A-8B0C-2D4F6A8C0E1B}"
  DTS:ExecutableType="Microsoft.Package"
  DTS:ObjectName="ExportToPartner"
  DTS:ProtectionLevel="0">
  <DTS:Variables>
    <!-- DontSaveSensitive drops ServerPassword, so the password is kept in a variable and set by expression -->
    <DTS:Variable DTS:CreationName="" DTS:DTSID="{5A7C9E1B-3D5F-4B6A-8C0E-2F4A6C8E0B1D}" DTS:Namespace="User" DTS:ObjectName="FtpPassword">
      <DTS:VariableValue DTS:DataType="8">@@pw@@</DTS:VariableValue>
    </DTS:Variable>
  </DTS:Variables>
  <DTS:ConnectionManagers>
    <DTS:ConnectionManager DTS:refId="Package.ConnectionManagers[PartnerFTP]"
      DTS:CreationName="FTP"
      DTS:DTSID="{4F6A8C0E-1B3D-4A5C-9E7F-0A2C4E6B8D1F}"
      DTS:ObjectName="PartnerFTP">
      <DTS:PropertyExpression DTS:Name="ServerPassword">@[User::FtpPassword]</DTS:PropertyExpression>
      <DTS:ObjectData>
        <DTS:FtpConnection
          DTS:ServerName="ftp.partner.example.net"
          DTS:ServerPort="21"
          DTS:ServerUserName="contoso_out"
          DTS:UsePassiveMode="True" />
      </DTS:ObjectData>
    </DTS:ConnectionManager>
  </DTS:ConnectionManagers>
</DTS:Executable>
""", pw, "https://learn.microsoft.com/en-us/sql/integration-services/connection-manager/ftp-connection-manager", pw=pw)

# ----------------------------------------------------------------------------------------------
# Mainframe FTP / JCL, Lotus Domino
# ----------------------------------------------------------------------------------------------

pw = rand(string.ascii_uppercase + string.digits, 8)
add("ftp-script", "windows-ftp-s-script", "scripts/mainframe/get_gdg.ftp", """
open mvs01.corp.contoso.local
user BATCHFT @@pw@@
quote site lrecl=400 recfm=fb
ascii
lcd D:\\Inbound\\Mainframe
get 'PROD.CLAIMS.DAILY.EXTRACT(0)' claims_daily.txt
get 'PROD.POLICY.MASTER.UNLOAD' policy_master.txt
bye
""", pw, "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/ftp-s", pw=pw)

pw = rand(string.ascii_uppercase + string.digits, 8)
add("jcl", "ftp-input-password", "mainframe/jcl/CLMFTP01.jcl", """
//CLMFTP01 JOB (ACCT01),'SEND CLAIMS TO LINUX',CLASS=A,MSGCLASS=X,
//             NOTIFY=&SYSUID
//*------------------------------------------------------------------*
//* PUSH THE DAILY CLAIMS EXTRACT TO THE PYTHON LOADER (RECON01)     *
//*------------------------------------------------------------------*
//STEP01   EXEC PGM=FTP,PARM='(EXIT TIMEOUT 30'
//SYSPRINT DD SYSOUT=*
//OUTPUT   DD SYSOUT=*
//INPUT    DD *
recon01.corp.contoso.local
mfxfer
@@pw@@
ascii
put 'PROD.CLAIMS.DAILY.EXTRACT(0)' /data/inbound/claims_daily.txt
quit
/*
//
""", pw, "https://www.ibm.com/docs/en/zos/2.5.0?topic=command-using-ftp-in-batch", pw=pw)

pw = rand(string.ascii_uppercase + string.digits, 8)
add("netrc", "mainframe-ftp-netrc", "mainframe/ftp/NETRC.txt", """
* USERID.NETRC - read by the z/OS FTP client in batch jobs (FTP ... (EXIT)
* member uploaded by ops, RACF protected (UACC NONE)
*
machine recon01.corp.contoso.local login mfxfer password @@pw@@
*
* DR site added by change CHG0041872: uses the same login via the gateway
machine sftpgw.corp.contoso.local login mfxfer
* end
""", pw, "https://www.ibm.com/docs/en/zos/2.5.0?topic=ftp-netrc-data-set", pw=pw)

dec("jcl", "surrogate-no-password", "mainframe/jcl/CLMEXT01.jcl", """
//CLMEXT01 JOB (ACCT01),'CLAIMS EXTRACT',CLASS=A,MSGCLASS=X,
//             USER=CLMBATCH,NOTIFY=&SYSUID
//*  RUNS UNDER THE SURROGATE USER CLMBATCH (RACF SURROGAT PROFILE),
//*  SO NO PASSWORD IS CODED ON THE JOB CARD.
//STEP01   EXEC PGM=IKJEFT01,DYNAMNBR=20
//STEPLIB  DD DSN=DSN.V12.SDSNLOAD,DISP=SHR
//SYSTSPRT DD SYSOUT=*
//SYSPRINT DD SYSOUT=*
//SYSREC00 DD DSN=PROD.CLAIMS.DAILY.EXTRACT(+1),
//            DISP=(NEW,CATLG,DELETE),SPACE=(CYL,(50,10),RLSE),
//            DCB=(RECFM=FB,LRECL=400,BLKSIZE=0)
//SYSTSIN  DD *
 DSN SYSTEM(DB2P)
 RUN PROGRAM(DSNTIAUL) PLAN(DSNTIAUL) PARMS('SQL')
 END
/*
//SYSIN    DD *
 SELECT * FROM CLAIMS.CLAIM WHERE LOAD_DATE = CURRENT DATE - 1 DAY;
/*
""", "https://www.ibm.com/docs/en/zos/2.5.0?topic=statement-user-parameter")

pw = rand(string.ascii_uppercase + string.digits, 8)
add("jcl", "job-card-password", "mainframe/jcl/OLDNIGHT.jcl", """
//OLDNIGHT JOB (ACCT09),'NIGHTLY POLICY UNLOAD',CLASS=B,MSGCLASS=X,
//             USER=POLBATCH,PASSWORD=@@pw@@
//* LEGACY JOB FROM BEFORE THE SURROGATE SETUP - STILL SUBMITTED BY THE
//* WINDOWS SCHEDULER VIA FTP (SITE FILETYPE=JES)
//STEP01   EXEC PGM=IDCAMS
//SYSPRINT DD SYSOUT=*
//IN       DD DSN=PROD.POLICY.KSDS,DISP=SHR
//OUT      DD DSN=PROD.POLICY.MASTER.UNLOAD,DISP=(NEW,CATLG),
//            SPACE=(CYL,(100,20),RLSE),DCB=(RECFM=FB,LRECL=400)
//SYSIN    DD *
  REPRO INFILE(IN) OUTFILE(OUT)
/*
""", pw, "https://www.ibm.com/docs/en/zos/2.5.0?topic=statement-password-parameter", pw=pw)

dec("notes-ini", "domino-client-settings", "infra/domino/notes.ini", """
[Notes]
KitType=2
SharedDataDirectory=C:\\ProgramData\\IBM\\Notes\\Data\\Shared
InstallType=4
Directory=D:\\Lotus\\Domino\\Data
NotesProgram=D:\\Lotus\\Domino
ServerTasks=Replica,Router,Update,AMgr,Adminp,Sched,CalConn,HTTP,RnRMgr
ServerKeyFileName=server.id
KeyFilename=admin.id
MailServer=CN=DOM01/O=Contoso
Domain=Contoso
Admin=CN=Domino Admin/O=Contoso
TCPIP=TCP, 0, 15, 0
Ports=TCPIP
HTTPEnableThreadDebug=0
DIIOPIORHost=dom01.corp.contoso.local
ServerKeyFileName_Owner=CN=DOM01/O=Contoso
""", "https://help.hcltechsw.com/domino/12.0.2/admin/conf_notesinisettings_c.html")

# ----------------------------------------------------------------------------------------------
# Jenkins, Ant, Maven
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("jenkins-job-config-xml", "password-parameter-default", "ci/jenkins/jobs/deploy-claims-uat/config.xml", """
<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Deploys claims-web to the UAT WebLogic cluster (legacy freestyle job)</description>
  <keepDependencies>false</keepDependencies>
  <properties>
    <hudson.model.ParametersDefinitionProperty>
      <parameterDefinitions>
        <hudson.model.StringParameterDefinition>
          <name>VERSION</name>
          <defaultValue>LATEST</defaultValue>
        </hudson.model.StringParameterDefinition>
        <hudson.model.PasswordParameterDefinition>
          <name>WLS_PASSWORD</name>
          <description>WebLogic admin password</description>
          <defaultValue>@@pw@@</defaultValue>
        </hudson.model.PasswordParameterDefinition>
      </parameterDefinitions>
    </hudson.model.ParametersDefinitionProperty>
  </properties>
  <scm class="hudson.scm.NullSCM"/>
  <builders>
    <hudson.tasks.Shell>
      <command>/u01/wls/common/bin/wlst.sh deploy_claims.py "$VERSION" "$WLS_PASSWORD"</command>
    </hudson.tasks.Shell>
  </builders>
  <publishers/>
</project>
""", pw, "https://www.jenkins.io/doc/book/pipeline/syntax/#parameters", pw=pw)

tok = gitlab_token()
add("jenkins-job-config-xml", "shell-step-token", "ci/jenkins/jobs/mirror-erp-connector/config.xml", """
<?xml version='1.1' encoding='UTF-8'?>
<project>
  <description>Mirrors the ERP connector repo from GitLab to the internal Bitbucket every night.</description>
  <triggers>
    <hudson.triggers.TimerTrigger>
      <spec>H 2 * * *</spec>
    </hudson.triggers.TimerTrigger>
  </triggers>
  <builders>
    <hudson.tasks.Shell>
      <command>set -e
rm -rf erp-connector.git
git clone --mirror https://oauth2:@@tok@@@gitlab.com/contoso/erp-connector.git
cd erp-connector.git
git push --mirror ssh://git@bitbucket.corp.contoso.local:7999/erp/erp-connector.git
</command>
    </hudson.tasks.Shell>
  </builders>
  <publishers/>
  <buildWrappers/>
</project>
""", tok, "https://docs.gitlab.com/ee/user/profile/personal_access_tokens.html", tok=tok)

dec("jenkins-credentials-xml", "encrypted-secrets", "ci/jenkins/home/credentials.xml", """
<?xml version='1.1' encoding='UTF-8'?>
<com.cloudbees.plugins.credentials.SystemCredentialsProvider plugin="credentials@1254.vb_96f366e7b_a_d">
  <domainCredentialsMap class="hudson.util.CopyOnWriteMap$Hash">
    <entry>
      <com.cloudbees.plugins.credentials.domains.Domain>
        <specifications/>
      </com.cloudbees.plugins.credentials.domains.Domain>
      <java.util.concurrent.CopyOnWriteArrayList>
        <com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>wls-admin</id>
          <description>WebLogic admin (UAT)</description>
          <username>weblogic</username>
          <password>{@@c1@@}</password>
        </com.cloudbees.plugins.credentials.impl.UsernamePasswordCredentialsImpl>
        <org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
          <scope>GLOBAL</scope>
          <id>gitlab-mirror-token</id>
          <secret>{@@c2@@}</secret>
        </org.jenkinsci.plugins.plaincredentials.impl.StringCredentialsImpl>
      </java.util.concurrent.CopyOnWriteArrayList>
    </entry>
  </domainCredentialsMap>
</com.cloudbees.plugins.credentials.SystemCredentialsProvider>
""", "https://www.jenkins.io/doc/developer/security/secrets/", c1="AQAAABAAAAAQ" + b64key(30), c2="AQAAABAAAAAw" + b64key(48))

dec("jenkinsfile", "credentials-binding", "ci/Jenkinsfile", """
pipeline {
    agent { label 'windows-build' }
    environment {
        NEXUS = credentials('nexus-deployer')          // NEXUS_USR / NEXUS_PSW
        SQL_PASSWORD = credentials('sqluat-sa-password')
    }
    stages {
        stage('Build') {
            steps {
                bat 'C:\\\\Python311\\\\python.exe -m build'
            }
        }
        stage('Integration tests') {
            steps {
                bat 'C:\\\\Python311\\\\python.exe -m pytest tests\\\\integration --db-password=%SQL_PASSWORD%'
            }
        }
        stage('Publish') {
            steps {
                bat 'C:\\\\Python311\\\\python.exe -m twine upload -r nexus -u %NEXUS_USR% -p %NEXUS_PSW% dist\\\\*'
            }
        }
    }
}
""", "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

pw = pw_words()
add("ant-build-xml", "scp-property-password", "legacy/ledger/build.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project name="ledger" default="dist" basedir=".">
    <property name="src" location="src"/>
    <property name="build" location="build"/>
    <property name="dist" location="dist"/>
    <property name="deploy.host" value="app07.corp.contoso.local"/>
    <property name="deploy.user" value="jboss"/>
    <property name="deploy.password" value="@@pw@@"/>

    <target name="compile">
        <mkdir dir="${build}"/>
        <javac srcdir="${src}" destdir="${build}" source="1.6" target="1.6" includeantruntime="false"/>
    </target>

    <target name="dist" depends="compile">
        <mkdir dir="${dist}"/>
        <war destfile="${dist}/ledger.war" webxml="web/WEB-INF/web.xml">
            <classes dir="${build}"/>
            <fileset dir="web"/>
        </war>
    </target>

    <target name="deploy" depends="dist">
        <scp file="${dist}/ledger.war" trust="true"
             todir="${deploy.user}:${deploy.password}@${deploy.host}:/opt/jboss/server/default/deploy"/>
    </target>
</project>
""", pw, "https://ant.apache.org/manual/Tasks/scp.html", pw=pw)

dec("ant-build-xml", "properties-file-reference", "legacy/claims/build.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project name="claims" default="dist" basedir=".">
    <!-- deploy.password is read from ~/claims-deploy.properties (not in the repo) -->
    <property file="${user.home}/claims-deploy.properties"/>
    <property environment="env"/>
    <property name="dist" location="dist"/>

    <target name="check-credentials" unless="deploy.password">
        <fail message="deploy.password is not set: create ${user.home}/claims-deploy.properties"/>
    </target>

    <target name="deploy" depends="check-credentials">
        <sshexec host="${deploy.host}" username="${deploy.user}" password="${deploy.password}"
                 trust="true" command="/opt/claims/bin/stop.sh"/>
        <scp file="${dist}/claims.war" password="${deploy.password}" trust="true"
             todir="${deploy.user}@${deploy.host}:/opt/claims/deploy"/>
    </target>
</project>
""", "https://ant.apache.org/manual/Tasks/property.html")

pw = pw_words()
add("java-properties", "ant-build-properties-password", "legacy/policy/build.properties", """
# build.properties for the policy EAR (read by build.xml)
app.name=policy
app.version=4.2.7
javac.source=1.8
javac.target=1.8
weblogic.home=/u01/app/oracle/middleware/wlserver
weblogic.adminurl=t3://wlsadmin01.corp.contoso.local:7001
weblogic.user=deployer
weblogic.password=@@pw@@
weblogic.targets=PolicyCluster
""", pw, "https://docs.oracle.com/middleware/1221/wls/DEPGD/wldeployer.htm", pw=pw)

pw = pw_rand(20, "")
add("maven-settings-xml", "server-password", "ci/maven/settings.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0"
          xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
          xsi:schemaLocation="http://maven.apache.org/SETTINGS/1.0.0 https://maven.apache.org/xsd/settings-1.0.0.xsd">
  <localRepository>D:/m2/repository</localRepository>
  <servers>
    <server>
      <id>contoso-releases</id>
      <username>ci-deployer</username>
      <password>@@pw@@</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>contoso-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.corp.contoso.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", pw, "https://maven.apache.org/settings.html#servers", pw=pw)

dec("maven-settings-xml", "env-reference", "ci/maven/settings-ci.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<settings xmlns="http://maven.apache.org/SETTINGS/1.0.0">
  <servers>
    <server>
      <id>contoso-releases</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
    <server>
      <id>contoso-snapshots</id>
      <username>${env.NEXUS_USER}</username>
      <password>${env.NEXUS_PASSWORD}</password>
    </server>
  </servers>
  <mirrors>
    <mirror>
      <id>contoso-nexus</id>
      <mirrorOf>*</mirrorOf>
      <url>https://nexus.corp.contoso.local/repository/maven-public/</url>
    </mirror>
  </mirrors>
</settings>
""", "https://maven.apache.org/settings.html#quick-overview")

dec("maven-pom", "checksums-and-coordinates", "legacy/claims/pom.xml", """
<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>com.contoso.claims</groupId>
  <artifactId>claims-web</artifactId>
  <version>7.3.1</version>
  <packaging>war</packaging>
  <properties>
    <!-- sha256 of the vendor jar we install by hand into the local repo -->
    <ojdbc.sha256>@@sha@@</ojdbc.sha256>
    <build.commit>@@commit@@</build.commit>
  </properties>
  <dependencies>
    <dependency>
      <groupId>com.oracle.database.jdbc</groupId>
      <artifactId>ojdbc8</artifactId>
      <version>19.19.0.0</version>
    </dependency>
  </dependencies>
</project>
""", "https://maven.apache.org/pom.html", sha=rand(HEX, 64), commit=rand(HEX, 40))

# ----------------------------------------------------------------------------------------------
# Python glue: pyodbc, cx_Oracle, ldap3 / python-ldap, zeep / suds, SQLAlchemy, Django
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("python-pyodbc", "connection-string-pwd", "src/recon/db/hr.py", """
\"\"\"Read-only access to the HR database for the reconciliation service.\"\"\"
import contextlib

import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=sqlprod02.corp.contoso.local,1433;"
    "DATABASE=HR;UID=hr_reader;PWD=@@pw@@;"
    "Encrypt=yes;TrustServerCertificate=yes"
)


@contextlib.contextmanager
def connect():
    conn = pyodbc.connect(CONN_STR, timeout=15)
    try:
        yield conn
    finally:
        conn.close()


def active_employees():
    with connect() as conn:
        rows = conn.cursor().execute("SELECT EmployeeId, Email FROM dbo.Employees WHERE Active = 1").fetchall()
    return {row.EmployeeId: row.Email for row in rows}
""", pw, "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows", pw=pw)

pw = pw_words()
add("python-pyodbc", "split-pwd-literal", "src/recon/db/warehouse.py", """
import pyodbc

# one literal per keyword so the diff stays readable
WAREHOUSE = (
    "DRIVER={ODBC Driver 17 for SQL Server};"
    "SERVER=SQLDW01;"
    "DATABASE=Warehouse;"
    "UID=recon_loader;"
    "PWD=@@a@@"
    "@@b@@;"
)


def load_matches(rows):
    conn = pyodbc.connect(WAREHOUSE, autocommit=False)
    cur = conn.cursor()
    cur.fast_executemany = True
    cur.executemany("INSERT INTO recon.Matches (BankRef, LedgerRef, Amount) VALUES (?, ?, ?)", rows)
    conn.commit()
    conn.close()
""", pw, "https://github.com/mkleehammer/pyodbc/wiki/Cursor#executemanysql-params-with-fast_executemanytrue", a=pw[:5], b=pw[5:])

dec("python-pyodbc", "trusted-connection", "src/recon/db/budget.py", """
\"\"\"Budget figures; the service runs as CORP\\\\svc-recon, so Windows authentication is used.\"\"\"
import pyodbc

CONN_STR = (
    "DRIVER={ODBC Driver 18 for SQL Server};"
    "SERVER=SQLDW01;DATABASE=Budget;"
    "Trusted_Connection=yes;Encrypt=yes;TrustServerCertificate=yes"
)


def budget_for(cost_center: str, year: int):
    with pyodbc.connect(CONN_STR) as conn:
        return conn.cursor().execute(
            "SELECT Period, Amount FROM dbo.Budget WHERE CostCenter = ? AND FiscalYear = ?",
            cost_center, year,
        ).fetchall()
""", "https://github.com/mkleehammer/pyodbc/wiki/Connecting-to-SQL-Server-from-Windows")

pw = pw_words()
add("python-cx-oracle", "connect-password", "src/recon/db/ledger.py", """
import cx_Oracle

cx_Oracle.init_oracle_client(lib_dir=r"C:\\oracle\\instantclient_19_19")

DSN = cx_Oracle.makedsn("oradb01.corp.contoso.local", 1521, service_name="LEDGER")
POOL = cx_Oracle.SessionPool(user="GL_EXTRACT", password="@@pw@@", dsn=DSN,
                             min=1, max=4, increment=1, encoding="UTF-8")


def balances(period: str):
    with POOL.acquire() as conn:
        cur = conn.cursor()
        cur.execute("SELECT account_no, amount FROM gl_balances WHERE period = :p", p=period)
        return cur.fetchall()
""", pw, "https://cx-oracle.readthedocs.io/en/latest/user_guide/connection_handling.html", pw=pw)

dec("python-cx-oracle", "external-auth-wallet", "src/recon/db/claims.py", """
\"\"\"Claims data via the secure external password store (wallet), see deploy/oracle/sqlnet.ora.\"\"\"
import os

import oracledb

oracledb.init_oracle_client(config_dir=os.environ.get("TNS_ADMIN", "/u01/app/oracle/network/admin"))


def connect():
    # "/@CLAIMS": user and password come from the wallet entry for CLAIMS
    return oracledb.connect(dsn="CLAIMS", externalauth=True)


def open_claims(region: str):
    with connect() as conn:
        cur = conn.cursor()
        cur.execute("SELECT claim_no, status FROM claim WHERE region = :r AND status = 'OPEN'", r=region)
        return cur.fetchall()
""", "https://python-oracledb.readthedocs.io/en/latest/user_guide/connection_handling.html#external-authentication")

pw = pw_words()
add("python-cx-oracle", "easy-connect-string", "scripts/oracle/check_invalid_objects.py", """
#!/usr/bin/env python3
\"\"\"Nagios check: counts invalid objects in the CLAIMS schema.\"\"\"
import sys

import cx_Oracle

CONNECT = "CLAIMS_MON/@@pw@@@oradb03.corp.contoso.local:1521/CLAIMS"


def main() -> int:
    conn = cx_Oracle.connect(CONNECT)
    cur = conn.cursor()
    cur.execute("SELECT COUNT(*) FROM user_objects WHERE status = 'INVALID'")
    (count,) = cur.fetchone()
    if count:
        print(f"CRITICAL - {count} invalid objects")
        return 2
    print("OK - no invalid objects")
    return 0


if __name__ == "__main__":
    sys.exit(main())
""", pw, "https://cx-oracle.readthedocs.io/en/latest/user_guide/connection_handling.html#connection-strings", pw=pw)

pw = pw_words()
add("python-ldap3", "simple-bind-password", "src/recon/directory.py", """
\"\"\"Looks up cost centers of employees in Active Directory.\"\"\"
from ldap3 import ALL, NTLM, Connection, Server

SERVER = Server("ldaps://dc01.corp.contoso.local", get_info=ALL, connect_timeout=5)
BASE = "OU=Staff,DC=corp,DC=contoso,DC=local"


def connection() -> Connection:
    return Connection(
        SERVER,
        user="CORP\\\\svc-recon-ldap",
        password="@@pw@@",
        authentication=NTLM,
        auto_bind=True,
        read_only=True,
    )


def cost_center(sam_account_name: str) -> str:
    with connection() as conn:
        conn.search(BASE, f"(sAMAccountName={sam_account_name})", attributes=["department"])
        return str(conn.entries[0].department) if conn.entries else ""
""", pw, "https://ldap3.readthedocs.io/en/latest/bind.html", pw=pw)

pw = pw_words()
add("python-ldap", "simple-bind-s", "scripts/ad/disable_leavers.py", """
#!/usr/bin/env python
\"\"\"Disables AD accounts of leavers listed in the HR export (python-ldap, legacy Python 2 script).\"\"\"
import csv
import sys

import ldap

UAC_DISABLED = 0x2
l = ldap.initialize("ldaps://dc02.corp.contoso.local:636")
l.set_option(ldap.OPT_REFERRALS, 0)
l.simple_bind_s("CN=svc-leavers,OU=Service Accounts,DC=corp,DC=contoso,DC=local", "@@pw@@")

for row in csv.DictReader(open(sys.argv[1])):
    dn = row["distinguishedName"]
    l.modify_s(dn, [(ldap.MOD_REPLACE, "userAccountControl", [str(512 | UAC_DISABLED).encode()])])
    print("disabled", dn)
l.unbind_s()
""", pw, "https://www.python-ldap.org/en/python-ldap-3.4.3/reference/ldap.html#ldap.LDAPObject.simple_bind_s", pw=pw)

dec("python-ldap3", "env-and-kerberos", "src/recon/directory_kerberos.py", """
\"\"\"Directory lookups with the service's Kerberos ticket (GSSAPI) - no password handled here.\"\"\"
import os

from ldap3 import KERBEROS, SASL, Connection, Server

SERVER = Server(os.environ.get("RECON_LDAP_URL", "ldap://dc01.corp.contoso.local"))
BASE = os.environ.get("RECON_LDAP_BASE", "DC=corp,DC=contoso,DC=local")


def connection() -> Connection:
    # the keytab is at $KRB5_CLIENT_KTNAME; kinit is done by the systemd unit
    return Connection(SERVER, authentication=SASL, sasl_mechanism=KERBEROS, auto_bind=True)


def groups_of(user: str):
    with connection() as conn:
        conn.search(BASE, f"(sAMAccountName={user})", attributes=["memberOf"])
        return list(conn.entries[0].memberOf) if conn.entries else []
""", "https://ldap3.readthedocs.io/en/latest/bind.html#kerberos")

pw = pw_words()
add("python-zeep", "wsse-username-token", "src/recon/erp/soap_client.py", """
\"\"\"SOAP client for the legacy ERP web service (WebSphere, WS-Security UsernameToken).\"\"\"
from zeep import Client, Settings
from zeep.transports import Transport
from zeep.wsse.username import UsernameToken
from requests import Session

WSDL = "http://erp01.corp.contoso.local:9080/ErpServices/InvoiceService?wsdl"

session = Session()
session.verify = r"C:\\certs\\corp-root-ca.pem"

client = Client(
    WSDL,
    wsse=UsernameToken("RECONWS", "@@pw@@"),
    transport=Transport(session=session, timeout=30),
    settings=Settings(strict=False, xml_huge_tree=True),
)


def open_invoices(company: str):
    return client.service.GetOpenInvoices(CompanyCode=company, MaxRows=1000)
""", pw, "https://docs.python-zeep.org/en/master/wsse.html#usernametoken", pw=pw)

pw = pw_words()
add("python-zeep", "http-basic-auth-session", "src/pricing/clients/tariff.py", """
from requests import Session
from requests.auth import HTTPBasicAuth
from zeep import Client
from zeep.transports import Transport

session = Session()
session.auth = HTTPBasicAuth("pricing_ws", "@@pw@@")

TARIFF = Client(
    "https://tariff.corp.contoso.local/TariffService.svc?singleWsdl",
    transport=Transport(session=session),
)


def tariff_for(product_code: str, country: str) -> float:
    reply = TARIFF.service.GetTariff(productCode=product_code, countryCode=country)
    return float(reply.Rate)
""", pw, "https://docs.python-zeep.org/en/master/transport.html#http-authentication", pw=pw)

pw = pw_words()
add("python-suds", "client-username-password", "scripts/legacy/crm_export.py", """
# -*- coding: utf-8 -*-
# Python 2.7 script on APP02: exports CRM accounts through the old .asmx service.
import csv

from suds.client import Client
from suds.transport.https import WindowsHttpAuthenticated

ntlm = WindowsHttpAuthenticated(username="CORP\\\\svc-crmexport", password="@@pw@@")
client = Client("http://crm01.corp.contoso.local/CrmService/AccountService.asmx?WSDL", transport=ntlm)

accounts = client.service.GetAccountsModifiedSince("2000-01-01T00:00:00")
with open(r"D:\\Exchange\\crm_accounts.csv", "wb") as fh:
    writer = csv.writer(fh)
    for acc in accounts.Account:
        writer.writerow([acc.AccountId, acc.Name.encode("utf-8"), acc.Country])
""", pw, "https://github.com/suds-community/suds#windows-ntlm", pw=pw)

dec("wsdl", "service-description", "src/recon/erp/wsdl/InvoiceService.wsdl", """
<?xml version="1.0" encoding="UTF-8"?>
<wsdl:definitions xmlns:wsdl="http://schemas.xmlsoap.org/wsdl/"
    xmlns:soap="http://schemas.xmlsoap.org/wsdl/soap/"
    xmlns:tns="http://erp.contoso.com/invoice" xmlns:xsd="http://www.w3.org/2001/XMLSchema"
    targetNamespace="http://erp.contoso.com/invoice">
  <wsdl:types>
    <xsd:schema targetNamespace="http://erp.contoso.com/invoice">
      <xsd:element name="GetOpenInvoices">
        <xsd:complexType><xsd:sequence>
          <xsd:element name="CompanyCode" type="xsd:string"/>
          <xsd:element name="MaxRows" type="xsd:int"/>
        </xsd:sequence></xsd:complexType>
      </xsd:element>
    </xsd:schema>
  </wsdl:types>
  <wsdl:message name="GetOpenInvoicesRequest"><wsdl:part name="parameters" element="tns:GetOpenInvoices"/></wsdl:message>
  <wsdl:portType name="InvoicePort">
    <wsdl:operation name="GetOpenInvoices"><wsdl:input message="tns:GetOpenInvoicesRequest"/></wsdl:operation>
  </wsdl:portType>
  <wsdl:binding name="InvoiceBinding" type="tns:InvoicePort">
    <soap:binding style="document" transport="http://schemas.xmlsoap.org/soap/http"/>
  </wsdl:binding>
  <wsdl:service name="InvoiceService">
    <wsdl:port name="InvoicePort" binding="tns:InvoiceBinding">
      <soap:address location="http://erp01.corp.contoso.local:9080/ErpServices/InvoiceService"/>
    </wsdl:port>
  </wsdl:service>
</wsdl:definitions>
""", "https://www.w3.org/TR/wsdl.html")

dec("soap-xml", "wsse-password-digest", "tests/fixtures/soap/get_open_invoices_request.xml", """
<soapenv:Envelope xmlns:soapenv="http://schemas.xmlsoap.org/soap/envelope/"
                  xmlns:inv="http://erp.contoso.com/invoice">
  <soapenv:Header>
    <wsse:Security xmlns:wsse="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-secext-1.0.xsd"
                   xmlns:wsu="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-wssecurity-utility-1.0.xsd">
      <wsse:UsernameToken wsu:Id="UsernameToken-1">
        <wsse:Username>RECONWS</wsse:Username>
        <wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordDigest">@@d@@</wsse:Password>
        <wsse:Nonce EncodingType="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-soap-message-security-1.0#Base64Binary">@@n@@</wsse:Nonce>
        <wsu:Created>2024-03-12T08:15:02.118Z</wsu:Created>
      </wsse:UsernameToken>
    </wsse:Security>
  </soapenv:Header>
  <soapenv:Body>
    <inv:GetOpenInvoices>
      <inv:CompanyCode>1000</inv:CompanyCode>
      <inv:MaxRows>10</inv:MaxRows>
    </inv:GetOpenInvoices>
  </soapenv:Body>
</soapenv:Envelope>
""", "https://docs.oasis-open.org/wss/v1.1/wss-v1.1-spec-os-UsernameTokenProfile.pdf", d=b64key(20), n=b64key(16))

pw = pw_words()
add("alembic-ini", "mssql-pyodbc-url", "services/recon/alembic.ini", """
# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
sqlalchemy.url = mssql+pyodbc://recon_migrator:@@pw@@@sqlprod03.corp.contoso.local:1433/Recon?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes

[loggers]
keys = root,sqlalchemy,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console
qualname =

[handler_console]
class = StreamHandler
args = (sys.stderr,)
level = NOTSET
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", pw, "https://docs.sqlalchemy.org/en/20/dialects/mssql.html#module-sqlalchemy.dialects.mssql.pyodbc", pw=pw)

dec("alembic-ini", "env-driven-url", "services/pricing/alembic.ini", """
[alembic]
script_location = migrations
# the URL is built in migrations/env.py from PRICING_DB_* environment variables;
# this value is only the fallback for a developer's LocalDB instance
sqlalchemy.url = mssql+pyodbc://@(localdb)\\MSSQLLocalDB/Pricing?driver=ODBC+Driver+18+for+SQL+Server&trusted_connection=yes

[loggers]
keys = root

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[handler_console]
class = StreamHandler
args = (sys.stderr,)
formatter = generic

[formatter_generic]
format = %(levelname)-5.5s [%(name)s] %(message)s
""", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

pw = pw_words()
add("django-settings", "mssql-database-password", "services/portal_api/portal_api/settings/production.py", """
from .base import *  # noqa: F401,F403

DEBUG = False
ALLOWED_HOSTS = ["portal-api.corp.contoso.local"]
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]

DATABASES = {
    "default": {
        "ENGINE": "mssql",
        "NAME": "PortalApi",
        "USER": "portal_api",
        "PASSWORD": "@@pw@@",
        "HOST": "sqlprod03.corp.contoso.local",
        "PORT": "1433",
        "OPTIONS": {
            "driver": "ODBC Driver 18 for SQL Server",
            "extra_params": "TrustServerCertificate=yes",
        },
    },
}

AUTHENTICATION_BACKENDS = ["django_auth_ldap.backend.LDAPBackend"]
""", pw, "https://github.com/microsoft/mssql-django#settings", pw=pw)

pw = pw_words()
add("django-settings", "auth-ldap-bind-password", "services/portal_api/portal_api/settings/ldap.py", """
import ldap
from django_auth_ldap.config import ActiveDirectoryGroupType, LDAPSearch

AUTH_LDAP_SERVER_URI = "ldaps://dc01.corp.contoso.local"
AUTH_LDAP_BIND_DN = "CN=svc-portal-api,OU=Service Accounts,DC=corp,DC=contoso,DC=local"
AUTH_LDAP_BIND_PASSWORD = "@@pw@@"
AUTH_LDAP_USER_SEARCH = LDAPSearch(
    "OU=Staff,DC=corp,DC=contoso,DC=local", ldap.SCOPE_SUBTREE, "(sAMAccountName=%(user)s)"
)
AUTH_LDAP_GROUP_SEARCH = LDAPSearch("OU=Groups,DC=corp,DC=contoso,DC=local", ldap.SCOPE_SUBTREE, "(objectClass=group)")
AUTH_LDAP_GROUP_TYPE = ActiveDirectoryGroupType()
AUTH_LDAP_USER_ATTR_MAP = {"first_name": "givenName", "last_name": "sn", "email": "mail"}
AUTH_LDAP_CONNECTION_OPTIONS = {ldap.OPT_REFERRALS: 0}
""", pw, "https://django-auth-ldap.readthedocs.io/en/latest/authentication.html", pw=pw)

dsk = fakes.django_secret_key(next(_SEEDS))
add("django-settings", "secret-key", "services/portal_api/portal_api/settings/base.py", """
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "@@k@@")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "rest_framework",
    "portal_api.orders",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
]

ROOT_URLCONF = "portal_api.urls"
TIME_ZONE = "Europe/Berlin"
USE_TZ = True
""", dsk, "https://docs.djangoproject.com/en/4.2/ref/settings/#secret-key", k=dsk)

# ----------------------------------------------------------------------------------------------
# More .NET carriers: Redis, Service Bus, SendGrid, RSA key XML, Kestrel certificate
# ----------------------------------------------------------------------------------------------

rpw = fakes.redis_password(next(_SEEDS))
add("appsettings-json", "stackexchange-redis-password", "src/Contoso.Sessions/appsettings.Production.json", """
{
  "Logging": { "LogLevel": { "Default": "Warning" } },
  "Redis": {
    "Configuration": "redis-prod.corp.contoso.local:6380,password=@@p@@,ssl=True,abortConnect=False,connectTimeout=5000",
    "InstanceName": "sessions:"
  },
  "Session": {
    "IdleTimeoutMinutes": 20,
    "CookieName": ".Contoso.Session"
  }
}
""", rpw, "https://stackexchange.github.io/StackExchange.Redis/Configuration.html", p=rpw)

dec("appsettings-json", "redis-local-no-password", "src/Contoso.Sessions/appsettings.Development.json", """
{
  "Logging": { "LogLevel": { "Default": "Debug" } },
  "Redis": {
    "Configuration": "localhost:6379,abortConnect=False",
    "InstanceName": "sessions-dev:"
  },
  "Session": {
    "IdleTimeoutMinutes": 240,
    "CookieName": ".Contoso.Session.Dev"
  }
}
""", "https://stackexchange.github.io/StackExchange.Redis/Configuration.html")

sas = b64key(32)
add("app-config", "service-bus-sas-key", "tools/OrderEventsRelay/App.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <startup>
    <supportedRuntime version="v4.0" sku=".NETFramework,Version=v4.7.2" />
  </startup>
  <appSettings>
    <add key="Microsoft.ServiceBus.ConnectionString" value="Endpoint=sb://contoso-orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=@@k@@" />
    <add key="TopicName" value="order-events" />
    <add key="PollIntervalSeconds" value="15" />
  </appSettings>
  <system.diagnostics>
    <trace autoflush="true" />
  </system.diagnostics>
</configuration>
""", sas, "https://learn.microsoft.com/en-us/azure/service-bus-messaging/service-bus-dotnet-how-to-use-topics-subscriptions", k=sas)

sg = sendgrid_key()
add("web-config", "sendgrid-api-key-appsetting", "src/Contoso.Careers.Web/Web.config", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <appSettings>
    <add key="SendGrid:ApiKey" value="@@k@@" />
    <add key="SendGrid:From" value="careers@contoso-corp.com" />
    <add key="Recaptcha:SiteKey" value="6LcV2xQpAAAAAJ3kH7u0mW1bq9Zr5tYxPdNa8sGe" />
  </appSettings>
  <system.web>
    <compilation debug="false" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", sg, "https://docs.sendgrid.com/for-developers/sending-email/v3-csharp-code-example", k=sg)


def rsa_xml() -> str:
    parts = [("Modulus", 256), ("Exponent", 0), ("P", 128), ("Q", 128), ("DP", 128), ("DQ", 128), ("InverseQ", 128), ("D", 256)]
    out = "<RSAKeyValue>"
    for name, size in parts:
        out += f"<{name}>" + ("AQAB" if size == 0 else b64key(size)) + f"</{name}>"
    return out + "</RSAKeyValue>"


rsa = rsa_xml()
add("dotnet-rsa-key-xml", "rsa-private-key", "src/Contoso.Licensing/Keys/license-signing.xml", """
<?xml version="1.0" encoding="utf-8"?>
<!-- RSACryptoServiceProvider.ToXmlString(true) of the license signing key (exported 2014, CRYPTO-12) -->
@@k@@
""".rstrip("\n") + "\n<!-- load with rsa.FromXmlString(File.ReadAllText(path)) -->\n<!-- public half is in license-verify.xml -->\n<!-- do not regenerate: all issued licenses are signed with this key -->\n", rsa,
    "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rsa.toxmlstring", k=rsa)

dec("dotnet-rsa-key-xml", "public-key-only", "src/Contoso.Licensing/Keys/license-verify.xml", """
<?xml version="1.0" encoding="utf-8"?>
<!-- RSACryptoServiceProvider.ToXmlString(false): public key that verifies license files.
     Shipped inside Contoso.Licensing.dll as an embedded resource. -->
<RSAKeyValue>
  <Modulus>@@m@@</Modulus>
  <Exponent>AQAB</Exponent>
</RSAKeyValue>
""", "https://learn.microsoft.com/en-us/dotnet/api/system.security.cryptography.rsa.toxmlstring", m=b64key(256))

pw = pw_words()
add("appsettings-json", "kestrel-certificate-password", "src/Contoso.Gateway/appsettings.json", """
{
  "Kestrel": {
    "Endpoints": {
      "Https": {
        "Url": "https://*:5443",
        "Certificate": {
          "Path": "D:\\\\certs\\\\gateway.contoso-corp.com.pfx",
          "Password": "@@pw@@"
        }
      }
    }
  },
  "ReverseProxy": {
    "Clusters": {
      "legacy-erp": { "Destinations": { "erp01": { "Address": "http://erp01.corp.contoso.local:9080/" } } }
    }
  }
}
""", pw, "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/servers/kestrel/endpoints#configure-https-in-appsettingsjson", pw=pw)

dec("launch-settings-json", "env-names-only", "src/Contoso.Gateway/Properties/launchSettings.json", """
{
  "profiles": {
    "Contoso.Gateway": {
      "commandName": "Project",
      "launchBrowser": false,
      "applicationUrl": "https://localhost:7143;http://localhost:5143",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development",
        "Kestrel__Certificates__Default__Path": "%USERPROFILE%\\\\.aspnet\\\\https\\\\gateway.pfx",
        "Kestrel__Certificates__Default__Password": "%GATEWAY_DEV_CERT_PASSWORD%"
      }
    },
    "IIS Express": {
      "commandName": "IISExpress",
      "launchBrowser": true
    }
  }
}
""", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/environments#lsj")

dec("razor-cshtml", "sri-integrity-hashes", "src/Contoso.Portal/Views/Shared/_Layout.cshtml", """
<!DOCTYPE html>
<html lang="en">
<head>
    <meta charset="utf-8" />
    <title>@ViewData["Title"] - Contoso Portal</title>
    <link rel="stylesheet" href="https://cdn.jsdelivr.net/npm/bootstrap@5.3.2/dist/css/bootstrap.min.css"
          integrity="sha384-@@h1@@" crossorigin="anonymous">
    <script src="https://code.jquery.com/jquery-3.7.1.min.js"
            integrity="sha384-@@h2@@" crossorigin="anonymous"></script>
</head>
<body>
    <div class="container">
        @RenderBody()
    </div>
    @await RenderSectionAsync("Scripts", required: false)
</body>
</html>
""", "https://developer.mozilla.org/en-US/docs/Web/Security/Subresource_Integrity", h1=b64key(48), h2=b64key(48))

dec("resx", "base64-embedded-image", "legacy/Contoso.Timesheets.WinForms/MainForm.resx", """
<?xml version="1.0" encoding="utf-8"?>
<root>
  <resheader name="resmimetype">
    <value>text/microsoft-resx</value>
  </resheader>
  <resheader name="version">
    <value>2.0</value>
  </resheader>
  <resheader name="reader">
    <value>System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089</value>
  </resheader>
  <assembly alias="System.Drawing" name="System.Drawing, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b03f5f7f11d50a3a" />
  <data name="pictureLogo.Image" type="System.Drawing.Bitmap, System.Drawing" mimetype="application/x-microsoft.net.object.bytearray.base64">
    <value>
        iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAYAAAAf8/9hAAAABGdBTUEAALGPC/xhBQAAAAlwSFlzAAAO
        @@i1@@
        @@i2@@
        AAAAAElFTkSuQmCC
</value>
  </data>
  <data name="$this.Text" xml:space="preserve">
    <value>Contoso Timesheets</value>
  </data>
</root>
""", "https://learn.microsoft.com/en-us/dotnet/framework/resources/creating-resource-files-for-desktop-apps", i1=b64key(60), i2=b64key(60))

# ----------------------------------------------------------------------------------------------
# Windows hosts and the Python service's own files
# ----------------------------------------------------------------------------------------------

akid, asec = fakes.aws_key_id(next(_SEEDS)), fakes.aws_secret_key(next(_SEEDS))
add("aws-credentials", "secret-access-key", "deploy/windows/svc-recon/.aws/credentials", """
# C:\\Users\\svc-recon\\.aws\\credentials on APP02 - the S3 archive upload of the recon service
[default]
aws_access_key_id = @@i@@
aws_secret_access_key = @@s@@
region = eu-central-1

[archive-readonly]
role_arn = arn:aws:iam::123456789012:role/recon-archive-read
source_profile = default
""", asec, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html", i=akid, s=asec)

hook = "https://hooks.slack.com/services/T" + rand(string.ascii_uppercase + string.digits, 8) + "/B" + rand(string.ascii_uppercase + string.digits, 10) + "/" + rand(ALNUM, 24)
add("powershell", "slack-webhook-url", "scripts/ps/Watch-DiskSpace.ps1", """
# Posts to #ops-windows when a volume on the app servers drops below 10 % free.
$webhook = '@@h@@'
$servers = 'APP02', 'APP03', 'APP04', 'APP05'

foreach ($server in $servers) {
    Get-CimInstance -ComputerName $server -ClassName Win32_LogicalDisk -Filter 'DriveType = 3' |
        Where-Object { $_.Size -gt 0 -and ($_.FreeSpace / $_.Size) -lt 0.10 } |
        ForEach-Object {
            $pct = [math]::Round(100 * $_.FreeSpace / $_.Size, 1)
            $body = @{ text = ":warning: $server $($_.DeviceID) only $pct % free" } | ConvertTo-Json
            Invoke-RestMethod -Uri $webhook -Method Post -ContentType 'application/json' -Body $body
        }
}
""", hook, "https://api.slack.com/messaging/webhooks", h=hook)

tg = fakes.telegram_token(next(_SEEDS))
add("powershell", "telegram-bot-token", "scripts/ps/Notify-BackupResult.ps1", """
param([string]$Job = 'SQL full backup', [string]$Status = 'OK')

# on-call gets the backup result in the Telegram group (the old pager was retired)
$bot = '@@t@@'
$chat = '-1001873245510'
$text = "[$env:COMPUTERNAME] $Job finished: $Status"

Invoke-RestMethod -Uri "https://api.telegram.org/bot$bot/sendMessage" -Method Post -Body @{
    chat_id = $chat
    text    = $text
} | Out-Null
""", tg, "https://core.telegram.org/bots/api#sendmessage", t=tg)

sid, twtok = "AC" + rand(HEX, 32), rand(HEX, 32)
add("vbscript", "twilio-auth-token", "scripts/vbs/sms_on_failure.vbs", """
' Sends an SMS to the on-call phone when the nightly batch fails (called from the .cmd wrapper)
Option Explicit
Dim http, sid, token, body
sid = "@@sid@@"
token = "@@tok@@"
body = "To=%2B491701234567&From=%2B4930123456789&Body=" & Escape("Nightly batch failed on " & CreateObject("WScript.Network").ComputerName)

Set http = CreateObject("MSXML2.ServerXMLHTTP.6.0")
http.Open "POST", "https://api.twilio.com/2010-04-01/Accounts/" & sid & "/Messages.json", False, sid, token
http.setRequestHeader "Content-Type", "application/x-www-form-urlencoded"
http.send body
WScript.Echo http.status
""", twtok, "https://www.twilio.com/docs/usage/requests-to-twilio", sid=sid, tok=twtok)

pypi = fakes.pypi_token(next(_SEEDS))
add("pypirc", "pypi-api-token", "deploy/windows/svc-build/.pypirc", """
; C:\\Users\\svc-build\\.pypirc on the Windows build agent
[distutils]
index-servers =
    pypi
    nexus

[pypi]
username = __token__
password = @@t@@

[nexus]
repository = https://nexus.corp.contoso.local/repository/pypi-internal/
username = svc-build
""", pypi, "https://packaging.python.org/en/latest/specifications/pypirc/", t=pypi)

pw = pw_rand(24, "")
add("pip-ini", "index-url-password", "deploy/windows/svc-recon/pip.ini", """
; %APPDATA%\\pip\\pip.ini for the recon service account
[global]
index-url = https://svc-recon:@@pw@@@artifactory.corp.contoso.local/artifactory/api/pypi/pypi-virtual/simple
trusted-host = artifactory.corp.contoso.local
timeout = 60

[install]
no-warn-script-location = true
""", pw, "https://pip.pypa.io/en/stable/topics/configuration/", pw=pw)

dec("requirements-txt", "hash-pinned", "services/recon/requirements.txt", """
# generated by pip-compile --generate-hashes
ldap3==2.9.1 \\
    --hash=sha256:@@h1@@
pyodbc==5.0.1 \\
    --hash=sha256:@@h2@@
oracledb==1.4.2 \\
    --hash=sha256:@@h3@@
zeep==4.2.1 \\
    --hash=sha256:@@h4@@
""", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", h1=rand(HEX, 64), h2=rand(HEX, 64), h3=rand(HEX, 64), h4=rand(HEX, 64))

pw = pw_words("!*.")
add("docker-compose", "mssql-sa-password", "services/recon/docker-compose.ci.yml", """
# integration test stack on the Linux CI agents
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2019-CU21-ubuntu-20.04
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD: "@@pw@@"
      MSSQL_PID: Developer
    ports:
      - "14330:1433"
  recon:
    build: .
    depends_on:
      - mssql
    environment:
      RECON_DB_URL: mssql+pyodbc://sa:${MSSQL_SA_PASSWORD}@mssql:1433/Recon?driver=ODBC+Driver+18+for+SQL+Server&TrustServerCertificate=yes
    command: pytest -q tests/integration
""", pw, "https://learn.microsoft.com/en-us/sql/linux/sql-server-linux-docker-container-deployment", pw=pw)

dec("docker-compose", "secret-file-reference", "services/pricing/docker-compose.yml", """
services:
  mssql:
    image: mcr.microsoft.com/mssql/server:2022-latest
    environment:
      ACCEPT_EULA: "Y"
      MSSQL_SA_PASSWORD_FILE: /run/secrets/mssql_sa_password
    secrets:
      - mssql_sa_password
  pricing:
    build: .
    environment:
      PRICING_DB_PASSWORD_FILE: /run/secrets/pricing_db_password
    secrets:
      - pricing_db_password

secrets:
  mssql_sa_password:
    external: true
  pricing_db_password:
    external: true
""", "https://docs.docker.com/compose/use-secrets/")

pw = pw_words()
add("ansible-inventory", "winrm-password", "deploy/ansible/inventories/prod/hosts.ini", """
[windows_app]
app02.corp.contoso.local
app03.corp.contoso.local
app04.corp.contoso.local

[windows_app:vars]
ansible_connection=winrm
ansible_winrm_transport=ntlm
ansible_winrm_server_cert_validation=ignore
ansible_port=5986
ansible_user=CORP\\svc-ansible
ansible_password=@@pw@@

[linux_app]
recon01.corp.contoso.local
""", pw, "https://docs.ansible.com/ansible/latest/os_guide/windows_winrm.html#inventory-options", pw=pw)

dec("ansible-group-vars", "vault-variable-reference", "deploy/ansible/inventories/uat/group_vars/windows_app.yml", """
---
ansible_connection: winrm
ansible_winrm_transport: kerberos
ansible_port: 5986
ansible_user: svc-ansible@CORP.CONTOSO.LOCAL
ansible_password: "{{ vault_windows_svc_ansible_password }}"
pricing_service_user: CORP\\svc-pricing
pricing_service_password: "{{ vault_pricing_service_password }}"
pricing_install_dir: D:\\Apps\\pricing
""", "https://docs.ansible.com/ansible/latest/tips_tricks/ansible_tips_tricks.html#keep-vaulted-variables-safely-visible")

dec("ansible-vault", "encrypted-file", "deploy/ansible/inventories/uat/group_vars/vault.yml", """
$ANSIBLE_VAULT;1.1;AES256
@@l1@@
@@l2@@
@@l3@@
@@l4@@
@@l5@@
@@l6@@
""", "https://docs.ansible.com/ansible/latest/vault_guide/vault_using_encrypted_content.html",
    l1=rand("0123456789abcdef", 80), l2=rand("0123456789abcdef", 80), l3=rand("0123456789abcdef", 80),
    l4=rand("0123456789abcdef", 80), l5=rand("0123456789abcdef", 80), l6=rand("0123456789abcdef", 48))

pw = pw_words()
add("pgpass", "windows-pgpass-conf", "deploy/windows/svc-recon/pgpass.conf", """
# %APPDATA%\\postgresql\\pgpass.conf for svc-recon (hostname:port:database:username:password)
pgprod01.corp.contoso.local:5432:recon:recon_app:@@pw@@
pgprod01.corp.contoso.local:5432:recon_archive:recon_app:@@pw@@
# read replica uses the same role
pgprod02.corp.contoso.local:5432:recon:recon_app:@@pw@@
""", pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html", pw=pw)

gpat = fakes.github_fine_grained_token(next(_SEEDS))
add("gitconfig", "fine-grained-pat-insteadof", "deploy/windows/svc-build/.gitconfig", """
[user]
	name = svc-build
	email = svc-build@contoso-corp.com
[core]
	autocrlf = true
	longpaths = true
[credential]
	helper = manager
# pip installs of git+https://github.com/contoso/... dependencies on the build agent
[url "https://x-access-token:@@t@@@github.com/contoso/"]
	insteadOf = https://github.com/contoso/
[http "https://bitbucket.corp.contoso.local/"]
	sslCAInfo = C:/certs/corp-root-ca.pem
""", gpat, "https://git-scm.com/docs/git-config#Documentation/git-config.txt-urlltbasegtinsteadOf", t=gpat)

# ----------------------------------------------------------------------------------------------
# Notebooks, docs, tests and the remaining glue
# ----------------------------------------------------------------------------------------------

pw = pw_words()
add("jupyter-notebook", "pyodbc-password-in-cell", "notebooks/recon_mismatch_analysis.ipynb", """
{
 "cells": [
  {
   "cell_type": "markdown",
   "metadata": {},
   "source": ["# Recon mismatches March\\n", "Pulls unmatched bank lines from the warehouse."]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [],
   "source": [
    "import pandas as pd\\n",
    "import pyodbc\\n",
    "conn = pyodbc.connect('DRIVER={ODBC Driver 17 for SQL Server};SERVER=SQLDW01;DATABASE=Warehouse;UID=recon_analyst;PWD=@@pw@@')\\n",
    "df = pd.read_sql('SELECT * FROM recon.Unmatched WHERE Period = 202403', conn)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["(1843, 7)\\n"]}],
   "source": ["print(df.shape)"]
  }
 ],
 "metadata": {
  "kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
  "language_info": {"name": "python", "version": "3.11.4"}
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
""", pw, "https://nbformat.readthedocs.io/en/latest/format_description.html", pw=pw)

dec("jupyter-notebook", "getpass-prompt", "notebooks/ldap_group_audit.ipynb", """
{
 "cells": [
  {
   "cell_type": "code",
   "execution_count": 1,
   "metadata": {},
   "outputs": [{"name": "stdout", "output_type": "stream", "text": ["AD password for CORP\\\\jdoe: \\u00b7\\u00b7\\u00b7\\u00b7\\u00b7\\u00b7\\u00b7\\u00b7\\n"]}],
   "source": [
    "import getpass\\n",
    "from ldap3 import Connection, NTLM, Server\\n",
    "user = 'CORP\\\\\\\\' + getpass.getuser()\\n",
    "conn = Connection(Server('ldaps://dc01.corp.contoso.local'), user=user, password=getpass.getpass(f'AD password for {user}: '), authentication=NTLM, auto_bind=True)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "metadata": {},
   "outputs": [{"data": {"text/plain": ["True"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}],
   "source": ["conn.search('OU=Groups,DC=corp,DC=contoso,DC=local', '(cn=app-*)', attributes=['member'])"]
  }
 ],
 "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"}},
 "nbformat": 4,
 "nbformat_minor": 5
}
""", "https://docs.python.org/3/library/getpass.html")

pw = pw_words()
add("rst-docs", "runbook-sqlcmd-password", "docs/runbooks/uat-refresh.rst", """
UAT refresh
===========

The UAT database is refreshed from production every Monday by ``restore_uat.cmd``.
If the scheduled task fails, run the steps by hand from APP02:

1. Stop the recon service on UAT::

     sc \\\\APP12 stop ReconSvc

2. Restore and scrub::

     sqlcmd -S SQLUAT01\\PORTAL -U recon_dba -P @@pw@@ -i D:\\Scripts\\uat_scrub.sql

3. Start the service again and check ``/health``.

Contact: #team-recon
""", pw, "https://learn.microsoft.com/en-us/sql/tools/sqlcmd/sqlcmd-utility", pw=pw)

dec("markdown-docs", "placeholder-commands", "docs/howto/windows-service-account.md", """
# Setting up the service account on a new app server

1. Store the share credential for the service account (run as that account):

   ```bat
   cmdkey /add:fileserv03.corp.contoso.local /user:CORP\\svc-recon /pass:<password-from-vault>
   ```

2. Register the ODBC DSN (`HRPROD`) with `odbcconf` and **no** stored password;
   the service reads `HR_DB_PASSWORD` from its environment:

   ```powershell
   [Environment]::SetEnvironmentVariable('HR_DB_PASSWORD', '<see CyberArk: HR-READER>', 'Machine')
   ```

3. The connection string then looks like
   `Server=sqlprod02;Database=HR;User ID=hr_reader;Password=********`.

Never paste the real values into tickets or this page.
""", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/cmdkey")

pw = pw_words()
add("markdown-docs", "wiki-bind-credentials", "docs/legacy/ldap-integration.md", """
# LDAP integration (legacy intranet)

The intranet and the Python recon service bind to AD with the same service account.

| Setting   | Value                                                             |
|-----------|-------------------------------------------------------------------|
| Server    | `ldaps://dc01.corp.contoso.local:636`                             |
| Bind DN   | `CN=svc-intranet-ldap,OU=Service Accounts,DC=corp,DC=contoso,DC=local` |
| Password  | `@@pw@@`                                                          |
| Base DN   | `OU=Staff,DC=corp,DC=contoso,DC=local`                            |

Test the bind from any Linux box:

    ldapwhoami -H ldaps://dc01.corp.contoso.local -D "CN=svc-intranet-ldap,OU=Service Accounts,DC=corp,DC=contoso,DC=local" -w '@@pw@@'
""", pw, "https://www.openldap.org/software/man.cgi?query=ldapwhoami", pw=pw)

oai = fakes.openai_key(next(_SEEDS))
add("python", "openai-key-ticket-summarizer", "services/helpdesk_bot/helpdesk_bot/summarize.py", """
\"\"\"Summarises long Helpdesk tickets before they are routed to the SAP or Oracle teams.\"\"\"
from openai import OpenAI

client = OpenAI(api_key="@@k@@")

PROMPT = "Summarise this support ticket in three bullet points for a second-level engineer:\\n\\n{body}"


def summarize(body: str) -> str:
    reply = client.chat.completions.create(
        model="gpt-4o-mini",
        messages=[{"role": "user", "content": PROMPT.format(body=body[:8000])}],
        temperature=0.2,
    )
    return reply.choices[0].message.content.strip()
""", oai, "https://platform.openai.com/docs/api-reference/authentication", k=oai)

dd = rand(HEX, 32)
add("datadog-yaml", "api-key", "deploy/windows/datadog/datadog.yaml", """
## C:\\ProgramData\\Datadog\\datadog.yaml on the Windows app servers
api_key: @@k@@
site: datadoghq.eu
hostname_fqdn: true
tags:
  - env:prod
  - team:recon
  - os:windows
logs_enabled: true
process_config:
  process_collection:
    enabled: false
""", dd, "https://docs.datadoghq.com/agent/configuration/agent-configuration-files/", k=dd)

npm = "npm_" + rand(ALNUM, 36)
add("npmrc", "auth-token", "legacy/Contoso.Portal/ClientApp/.npmrc", """
; front-end of the portal, built on the Windows agents by MSBuild (npm ci)
registry=https://registry.npmjs.org/
@contoso:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@@t@@
save-exact=true
engine-strict=true
""", npm, "https://docs.npmjs.com/cli/v9/configuring-npm/npmrc", t=npm)

pem = fakes.fake_pem(next(_SEEDS))
add("pem-key", "iis-certificate-private-key", "deploy/iis/certs/portal.contoso-corp.com.key", """
@@k@@
""", pem, "https://learn.microsoft.com/en-us/iis/manage/configuring-security/how-to-set-up-ssl-on-iis", k=pem)

cert_body = "\n".join(b64key(48) for _ in range(8))
dec("pem-certificate", "public-certificate", "deploy/iis/certs/corp-root-ca.pem", """
# CORP Root CA (public certificate, valid 2016-2036) - trusted by the Python services via REQUESTS_CA_BUNDLE
-----BEGIN CERTIFICATE-----
@@b@@
-----END CERTIFICATE-----
""", "https://www.rfc-editor.org/rfc/rfc7468#section-5.1", b=cert_body)

dec("authorized-keys", "ssh-public-keys", "deploy/linux/home/svc-recon/.ssh/authorized_keys", """
# svc-recon on recon01: the mainframe transfer host and the Windows deploy agent may log in
from="10.20.4.11",no-pty,no-agent-forwarding ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABAQ@@k1@@ mfxfer@mvs01
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k2@@ svc-deploy@APP02
# jump host
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@k3@@ ops@jump01
""", "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT", k1=b64key(255), k2=b64key(32)[:43], k3=b64key(32)[:43])

pw = pw_words()
add("python-logging-ini", "smtphandler-credentials", "services/recon/logging.ini", """
[loggers]
keys=root,recon

[handlers]
keys=file,mail

[formatters]
keys=plain

[logger_root]
level=WARNING
handlers=file

[logger_recon]
level=INFO
handlers=file,mail
qualname=recon
propagate=0

[handler_file]
class=handlers.TimedRotatingFileHandler
args=(r'D:\\Logs\\recon\\recon.log', 'midnight', 1, 14)
formatter=plain

[handler_mail]
class=handlers.SMTPHandler
level=ERROR
args=(('smtp.contoso-corp.com', 587), 'recon@contoso-corp.com', ['recon-oncall@contoso-corp.com'], 'Recon error', ('svc-recon-mail', '@@pw@@'), ())
formatter=plain

[formatter_plain]
format=%(asctime)s %(levelname)s %(name)s %(message)s
""", pw, "https://docs.python.org/3/library/logging.config.html#configuration-file-format", pw=pw)

pw = pw_words("-.")
add("batch", "nssm-service-account-password", "services/recon/windows/install_service.cmd", """
@echo off
rem Installs the recon service as a Windows service with NSSM (run elevated on APP02).
set NSSM=C:\\Tools\\nssm\\nssm.exe
set PY=D:\\Apps\\recon\\.venv\\Scripts\\python.exe

%NSSM% install ReconSvc "%PY%" -m recon.service
%NSSM% set ReconSvc AppDirectory D:\\Apps\\recon
%NSSM% set ReconSvc AppStdout D:\\Logs\\recon\\service.out.log
%NSSM% set ReconSvc AppStderr D:\\Logs\\recon\\service.err.log
%NSSM% set ReconSvc ObjectName CORP\\svc-recon "@@pw@@"
%NSSM% set ReconSvc Start SERVICE_DELAYED_AUTO_START
%NSSM% start ReconSvc
""", pw, "https://nssm.cc/commands", pw=pw)

pw = pw_words()
add("python", "requests-ntlm-password", "services/recon/recon/sharepoint.py", """
\"\"\"Downloads the bank mapping workbook from the on-prem SharePoint 2013 farm.\"\"\"
from pathlib import Path

import requests
from requests_ntlm import HttpNtlmAuth

SITE = "https://sharepoint.corp.contoso.local/sites/finance"
AUTH = HttpNtlmAuth("CORP\\\\svc-recon", "@@pw@@")


def download_mapping(target: Path) -> Path:
    url = f"{SITE}/_api/web/GetFileByServerRelativeUrl('/sites/finance/Shared Documents/bank_mapping.xlsx')/$value"
    response = requests.get(url, auth=AUTH, timeout=60, verify=r"C:\\certs\\corp-root-ca.pem")
    response.raise_for_status()
    target.write_bytes(response.content)
    return target
""", pw, "https://github.com/requests/requests-ntlm#usage", pw=pw)

pw = pw_words()
add("python", "pymqi-channel-password", "services/recon/recon/mq.py", """
\"\"\"Reads payment confirmations from the IBM MQ queue fed by the mainframe.\"\"\"
import pymqi

QMGR = "QMPROD1"
CHANNEL = "RECON.SVRCONN"
CONN_INFO = "mq01.corp.contoso.local(1414)"
QUEUE = "PAYMENTS.CONFIRM.RECON"


def drain(handler) -> int:
    qmgr = pymqi.connect(QMGR, CHANNEL, CONN_INFO, user="reconmq", password="@@pw@@")
    queue = pymqi.Queue(qmgr, QUEUE)
    count = 0
    try:
        while True:
            handler(queue.get())
            count += 1
    except pymqi.MQMIError as err:
        if err.reason != pymqi.CMQC.MQRC_NO_MSG_AVAILABLE:
            raise
    finally:
        queue.close()
        qmgr.disconnect()
    return count
""", pw, "https://dsuch.github.io/pymqi/examples.html#how-to-connect-to-a-queue-manager-with-a-username-and-password", pw=pw)

pw = pw_words()
add("ini", "vb6-app-config-password", "legacy/OrderEntryVB6/OrderEntry.ini", """
; OrderEntry.exe (VB6) settings - copied to C:\\Program Files (x86)\\OrderEntry on each client
[General]
Company=Contoso GmbH
PrinterQueue=\\\\printsrv01\\Labels-Zebra
AutoLogoutMinutes=15

[Database]
Provider=SQLOLEDB
Server=SQLPROD01
Catalog=OrderDesk
User=orderentry
Password=@@pw@@

[Logging]
Level=2
Path=C:\\ProgramData\\OrderEntry\\logs
""", pw, "https://learn.microsoft.com/en-us/windows/win32/api/winbase/nf-winbase-getprivateprofilestringa", pw=pw)

pw = pw_words()
add("csharp", "crystal-reports-setdatabaselogon", "legacy/Contoso.Reports/InvoiceReport.cs", """
using System;
using CrystalDecisions.CrystalReports.Engine;
using CrystalDecisions.Shared;

namespace Contoso.Reports
{
    public static class InvoiceReport
    {
        public static void ExportPdf(int invoiceNo, string target)
        {
            using (var report = new ReportDocument())
            {
                report.Load(@"D:\\Reports\\Templates\\Invoice.rpt");
                report.SetDatabaseLogon("crystal_reader", "@@pw@@", "SQLPROD01", "Billing");
                report.SetParameterValue("InvoiceNo", invoiceNo);
                report.ExportToDisk(ExportFormatType.PortableDocFormat, target);
            }
        }
    }
}
""", pw, "https://help.sap.com/docs/SAP_CRYSTAL_REPORTS,_DEVELOPER_VERSION_FOR_MICROSOFT_VISUAL_STUDIO", pw=pw)

pw = pw_words()
add("pytest-conftest", "uat-database-password", "services/recon/tests/integration/conftest.py", """
import os

import pyodbc
import pytest

# the integration tests run against the shared UAT instance unless RECON_TEST_DSN is set
UAT_DSN = (
    "DRIVER={ODBC Driver 18 for SQL Server};SERVER=SQLUAT01\\\\PORTAL;DATABASE=Recon;"
    "UID=recon_test;PWD=@@pw@@;TrustServerCertificate=yes"
)


@pytest.fixture(scope="session")
def db():
    conn = pyodbc.connect(os.environ.get("RECON_TEST_DSN", UAT_DSN), autocommit=False)
    yield conn
    conn.rollback()
    conn.close()
""", pw, "https://docs.pytest.org/en/stable/reference/fixtures.html", pw=pw)

dec("pytest", "redaction-test-placeholders", "services/recon/tests/unit/test_redact.py", """
import pytest

from recon.redact import redact_connection_string


@pytest.mark.parametrize(
    "raw, expected",
    [
        ("Server=sqlprod02;UID=hr_reader;PWD={password};", "Server=sqlprod02;UID=hr_reader;PWD=*****;"),
        ("Data Source=SQLDW01;User ID=etl;Password=${ETL_PASSWORD}", "Data Source=SQLDW01;User ID=etl;Password=*****"),
        ("Server=SQLDW01;Trusted_Connection=yes", "Server=SQLDW01;Trusted_Connection=yes"),
    ],
)
def test_password_is_redacted(raw, expected):
    assert redact_connection_string(raw) == expected


def test_empty_string_is_left_alone():
    assert redact_connection_string("") == ""
""", "https://docs.pytest.org/en/stable/how-to/parametrize.html")

"""Blind set Q: mobile, desktop and game projects with the Python services, build scripts and
tooling beside them (Android, iOS, Flutter, React Native / Expo, Electron, Unity, Godot, store
upload scripts, crash reporting, push, in-app purchase verification, mobile CI).

Generated fakes only (seeds 190000-194999); never a real credential.
"""
from __future__ import annotations

import base64
import itertools
import json
import random
import string
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

CASES: List[LabelledCase] = []
_SEEDS = itertools.count(190000)
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
WORDS = ["harbor", "maple", "falcon", "copper", "meadow", "glacier", "orbit", "pepper", "sierra",
         "willow", "cobalt", "lantern", "quartz", "tundra", "violet", "walnut", "ember", "juniper",
         "saffron", "timber", "osprey", "marble", "canyon", "thistle", "zephyr", "basalt"]


def seed() -> int:
    return next(_SEEDS)


def rng() -> random.Random:
    return random.Random(seed())


def rand(n: int, alphabet: str = ALNUM) -> str:
    r = rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def word_pw() -> str:
    """words + digits + a symbol, as people pick them."""
    r = rng()
    return r.choice(WORDS).capitalize() + r.choice("!*-_.") + r.choice(WORDS).capitalize() + str(r.randint(10, 9999))


def pass_phrase() -> str:
    r = rng()
    return "-".join(r.choice(WORDS) for _ in range(4)) + str(r.randint(1, 99))


def generic_pw() -> str:
    return fakes.password(seed())


def app_specific_pw() -> str:
    r = rng()
    return "-".join("".join(r.choice(string.ascii_lowercase) for _ in range(4)) for _ in range(4))


def stripe_secret() -> str:
    return "sk_live_51" + rand(97)


def slack_bot() -> str:
    r = rng()
    return f"xoxb-{r.randint(10**11, 10**12 - 1)}-{r.randint(10**12, 10**13 - 1)}-" + "".join(r.choice(ALNUM) for _ in range(24))


def slack_webhook() -> str:
    r = rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def sendgrid() -> str:
    return "SG." + rand(22, ALNUM + "-_") + "." + rand(43, ALNUM + "-_")


def gitlab_pat() -> str:
    return "glpat-" + rand(20, ALNUM + "-_")


def npm_token() -> str:
    return "npm_" + rand(36)


def sentry_user_token() -> str:
    return "sntryu_" + rand(64, HEX)


def hexstr(n: int) -> str:
    return rand(n, HEX)


def fcm_server_key() -> str:
    return "AAAA" + rand(7, ALNUM + "-_") + ":APA91b" + rand(134, ALNUM + "-_")


def firebase_ci_token() -> str:
    return "1//0" + rand(2) + "-" + rand(96, ALNUM + "-_")


def google_refresh_token() -> str:
    return "1//0" + rand(98, ALNUM + "-_")


def twilio_sid() -> str:
    return "AC" + hexstr(32)


def wrap(body: str, width: int = 64) -> List[str]:
    return [body[i:i + width] for i in range(0, len(body), width)]


def ec_p8() -> str:
    """A PKCS#8 P-256 key as Apple hands out .p8 files (APNs, App Store Connect, Sign in with Apple)."""
    body = "MIGTAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBHkwdwIBAQQg" + rand(152, B64)
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(wrap(body)) + "\n-----END PRIVATE KEY-----"


def rsa_p8() -> str:
    body = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ" + rand(1574, B64)
    return "-----BEGIN PRIVATE KEY-----\n" + "\n".join(wrap(body)) + "\n-----END PRIVATE KEY-----"


def key_line(pem: str) -> str:
    """A body line of a PEM key: what a JSON-escaped key holds unchanged."""
    return pem.splitlines()[2]


def cert_pem() -> str:
    body = "MIIF" + rand(1600, B64)
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(wrap(body)) + "\n-----END CERTIFICATE-----"


def pub_pem() -> str:
    body = "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" + rand(348, B64) + "IDAQAB"
    return "-----BEGIN PUBLIC KEY-----\n" + "\n".join(wrap(body)) + "\n-----END PUBLIC KEY-----"


def uuid4() -> str:
    r = rng()
    h = "".join(r.choice(HEX) for _ in range(32))
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def fill(template: str, **values: str) -> str:
    for key, value in values.items():
        template = template.replace("@" + key + "@", value)
    assert "@" + "@" not in template
    return template


def add(category: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase("blind-q/" + category, file_name, text.lstrip("\n"), secret, source))


def b64(value: str) -> str:
    return base64.b64encode(value.encode()).decode()


# ---------------------------------------------------------------------------------------------
# Android: Gradle properties, signing configs, local.properties, secrets plugin
# ---------------------------------------------------------------------------------------------

pw = word_pw()
add("gradle-properties/upload-keystore-password", "android/gradle.properties", fill("""
# Project-wide Gradle settings.
org.gradle.jvmargs=-Xmx4096m -XX:MaxMetaspaceSize=1024m -Dfile.encoding=UTF-8
org.gradle.parallel=true
android.useAndroidX=true
android.enableJetifier=true
android.nonTransitiveRClass=true

# Use this property to specify which architecture you want to build.
reactNativeArchitectures=armeabi-v7a,arm64-v8a,x86,x86_64
newArchEnabled=false
hermesEnabled=true

# Release signing (see android/app/build.gradle signingConfigs.release)
MYAPP_UPLOAD_STORE_FILE=my-upload-key.keystore
MYAPP_UPLOAD_KEY_ALIAS=my-key-alias
MYAPP_UPLOAD_STORE_PASSWORD=@P@
MYAPP_UPLOAD_KEY_PASSWORD=@P@
""", P=pw), pw, "https://reactnative.dev/docs/signed-apk-android")

pw = generic_pw()
add("gradle-properties/maven-repository-password", "gradle.properties", fill("""
kotlin.code.style=official
android.useAndroidX=true
org.gradle.caching=true
org.gradle.configuration-cache=true

VERSION_NAME=4.12.0
GROUP=com.lumenfit.sdk
POM_DEVELOPER_ID=lumenfit

# Nexus credentials used by maven-publish (publishing { repositories { maven { ... } } })
nexusUsername=ci-publisher
nexusPassword=@P@
nexusUrl=https://nexus.lumenfit.io/repository/maven-releases/
""", P=pw), pw, "https://docs.gradle.org/current/userguide/build_environment.html#sec:gradle_configuration_properties")

pw = word_pw()
add("keystore-properties/store-password", "android/keystore.properties", fill("""
# Loaded by app/build.gradle.kts:
#   val keystoreProperties = Properties().apply { load(rootProject.file("keystore.properties").inputStream()) }
storeFile=../keys/parcelpal-release.jks
storePassword=@P@
keyAlias=parcelpal
keyPassword=@P@
""", P=pw), pw, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

pw = pass_phrase()
add("flutter-key-properties/store-password", "mobile/android/key.properties", fill("""
storePassword=@P@
keyPassword=@P@
keyAlias=upload
storeFile=/Users/dani/keys/tidewatch-upload-keystore.jks
# Generated with:
# keytool -genkey -v -keystore ~/upload-keystore.jks -keyalg RSA -keysize 2048 -validity 10000 -alias upload
""", P=pw), pw, "https://docs.flutter.dev/deployment/android#reference-the-keystore-from-the-app")

pw = word_pw()
add("build-gradle/signing-config-password", "android/app/build.gradle", fill("""
apply plugin: "com.android.application"
apply plugin: "org.jetbrains.kotlin.android"
apply plugin: "com.google.gms.google-services"

android {
    namespace "com.brightbasket.shop"
    compileSdk 34

    defaultConfig {
        applicationId "com.brightbasket.shop"
        minSdk 24
        targetSdk 34
        versionCode 3107
        versionName "3.1.7"
    }

    signingConfigs {
        release {
            storeFile file("../signing/brightbasket.jks")
            storePassword "@P@"
            keyAlias "brightbasket"
            keyPassword "@P@"
        }
    }

    buildTypes {
        release {
            minifyEnabled true
            shrinkResources true
            proguardFiles getDefaultProguardFile("proguard-android-optimize.txt"), "proguard-rules.pro"
            signingConfig signingConfigs.release
        }
    }
}

dependencies {
    implementation platform("com.google.firebase:firebase-bom:32.7.0")
    implementation "com.google.firebase:firebase-crashlytics"
}
""", P=pw), pw, "https://developer.android.com/build/gradle-tips#sign-your-app")

tok = stripe_secret()
add("build-gradle-kts/build-config-field", "app/build.gradle.kts", fill("""
plugins {
    id("com.android.application")
    kotlin("android")
}

android {
    namespace = "io.rentmate.app"
    compileSdk = 34

    defaultConfig {
        applicationId = "io.rentmate.app"
        minSdk = 26
        targetSdk = 34
        versionCode = 88
        versionName = "2.4.0"
    }

    buildFeatures { buildConfig = true }

    buildTypes {
        getByName("debug") {
            buildConfigField("String", "API_BASE_URL", "\\"https://staging-api.rentmate.io\\"")
        }
        getByName("release") {
            buildConfigField("String", "API_BASE_URL", "\\"https://api.rentmate.io\\"")
            // TODO move payouts to the backend
            buildConfigField("String", "STRIPE_KEY", "\\"@T@\\"")
            isMinifyEnabled = true
        }
    }
}
""", T=tok), tok, "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code")

pw = generic_pw()
add("settings-gradle/maven-credentials", "settings.gradle", fill("""
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}
dependencyResolutionManagement {
    repositoriesMode.set(RepositoriesMode.FAIL_ON_PROJECT_REPOS)
    repositories {
        google()
        mavenCentral()
        maven {
            url "https://artifactory.orbitgames.net/artifactory/android-private"
            credentials {
                username = "android-ci"
                password = "@P@"
            }
        }
    }
}
rootProject.name = "OrbitRacer"
include ':app', ':core', ':billing'
""", P=pw), pw, "https://docs.gradle.org/current/userguide/declaring_repositories.html#sec:authentication_schemes")

pw = fakes.github_token(seed())
add("settings-gradle-kts/github-packages-token", "settings.gradle.kts", fill("""
pluginManagement {
    repositories {
        google()
        mavenCentral()
        gradlePluginPortal()
    }
}

dependencyResolutionManagement {
    repositories {
        google()
        mavenCentral()
        maven {
            name = "GitHubPackages"
            url = uri("https://maven.pkg.github.com/fieldnotes/android-design-system")
            credentials {
                username = "fieldnotes-bot"
                password = "@P@"
            }
        }
    }
}

rootProject.name = "fieldnotes"
include(":app", ":feature:capture", ":feature:sync")
""", P=pw), pw, "https://docs.github.com/en/packages/working-with-a-github-packages-registry/working-with-the-gradle-registry")

tok = hexstr(32)
add("local-properties/api-secret", "android/local.properties", fill("""
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/marta/Library/Android/sdk
ndk.dir=/Users/marta/Library/Android/sdk/ndk/26.1.10909125
flutter.sdk=/Users/marta/dev/flutter
flutter.buildMode=release
flutter.versionName=1.9.2
flutter.versionCode=57
openweather.apiKey=@T@
""", T=tok), tok, "https://developer.android.com/studio/build#properties-files")

tok = sendgrid()
add("secrets-properties/sendgrid-key", "secrets.properties", fill("""
# Read by com.google.android.libraries.mapsplatform.secrets-gradle-plugin
# Keys become BuildConfig fields; defaults live in local.defaults.properties
MAPS_API_KEY=AIzaSyDUMMY-replace-in-local-defaults
SUPPORT_MAIL_FROM=support@quillnote.app
SENDGRID_API_KEY=@T@
FEATURE_FLAGS_ENV=production
""", T=tok), tok, "https://github.com/google/secrets-gradle-plugin")

add("local-defaults-properties/decoy-placeholder", "local.defaults.properties", """
# Default values for the Secrets Gradle Plugin. Checked in on purpose so CI can build
# without the real secrets.properties; every value here is a placeholder.
MAPS_API_KEY=DEFAULT_API_KEY
SENDGRID_API_KEY=DEFAULT_SENDGRID_KEY
SUPPORT_MAIL_FROM=support@example.com
FEATURE_FLAGS_ENV=development
""", None, "https://github.com/google/secrets-gradle-plugin#installation")

add("gradle-properties/decoy-env-reference", "android/gradle.properties.ci", """
# Copied over gradle.properties on CI; the signing values come from the environment
org.gradle.jvmargs=-Xmx3g -Dfile.encoding=UTF-8
org.gradle.daemon=false
android.useAndroidX=true
kotlin.incremental=false

RELEASE_STORE_FILE=/tmp/keystore/release.jks
RELEASE_STORE_PASSWORD=${System.env.RELEASE_STORE_PASSWORD}
RELEASE_KEY_ALIAS=release
RELEASE_KEY_PASSWORD=${System.env.RELEASE_KEY_PASSWORD}
""", None, "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore")

add("build-gradle/decoy-signing-from-env", "android/app/build.gradle.release", """
def keystorePropertiesFile = rootProject.file("keystore.properties")
def keystoreProperties = new Properties()
if (keystorePropertiesFile.exists()) {
    keystoreProperties.load(new FileInputStream(keystorePropertiesFile))
}

android {
    signingConfigs {
        release {
            keyAlias keystoreProperties['keyAlias'] ?: System.getenv("KEY_ALIAS")
            keyPassword keystoreProperties['keyPassword'] ?: System.getenv("KEY_PASSWORD")
            storeFile keystoreProperties['storeFile'] ? file(keystoreProperties['storeFile']) : null
            storePassword keystoreProperties['storePassword'] ?: System.getenv("STORE_PASSWORD")
        }
    }
    buildTypes {
        release {
            signingConfig signingConfigs.release
        }
    }
}
""", None, "https://docs.flutter.dev/deployment/android#configure-signing-in-gradle")

add("gradle-wrapper-properties/decoy-distribution-checksum", "gradle/wrapper/gradle-wrapper.properties", fill("""
distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionSha256Sum=@H@
distributionUrl=https\\://services.gradle.org/distributions/gradle-8.5-bin.zip
networkTimeout=10000
validateDistributionUrl=true
zipStoreBase=GRADLE_USER_HOME
zipStorePath=wrapper/dists
""", H=hexstr(64)), None, "https://docs.gradle.org/current/userguide/gradle_wrapper.html#configuring_checksum_verification")

add("gradle-verification-metadata/decoy-sha256", "gradle/verification-metadata.xml", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<verification-metadata xmlns="https://schema.gradle.org/dependency-verification"
                       xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                       xsi:schemaLocation="https://schema.gradle.org/dependency-verification https://schema.gradle.org/dependency-verification/dependency-verification-1.3.xsd">
   <configuration>
      <verify-metadata>true</verify-metadata>
      <verify-signatures>false</verify-signatures>
   </configuration>
   <components>
      <component group="androidx.activity" name="activity" version="1.8.2">
         <artifact name="activity-1.8.2.aar">
            <sha256 value="@A@" origin="Generated by Gradle"/>
         </artifact>
         <artifact name="activity-1.8.2.module">
            <sha256 value="@B@" origin="Generated by Gradle"/>
         </artifact>
      </component>
      <component group="com.squareup.okhttp3" name="okhttp" version="4.12.0">
         <artifact name="okhttp-4.12.0.jar">
            <sha256 value="@C@" origin="Generated by Gradle"/>
         </artifact>
      </component>
   </components>
</verification-metadata>
""", A=hexstr(64), B=hexstr(64), C=hexstr(64)), None, "https://docs.gradle.org/current/userguide/dependency_verification.html")

tok = rand(50, ALNUM)
add("android-strings-xml/twitter-consumer-secret", "app/src/main/res/values/secrets.xml", fill("""
<?xml version="1.0" encoding="utf-8"?>
<resources>
    <string name="twitter_consumer_key" translatable="false">@K@</string>
    <string name="twitter_consumer_secret" translatable="false">@T@</string>
    <string name="twitter_callback_url" translatable="false">tweetdeckr://oauth-callback</string>
</resources>
""", K=rand(25), T=tok), tok, "https://developer.android.com/guide/topics/resources/string-resource")

add("android-manifest/decoy-manifest-placeholder", "app/src/main/AndroidManifest.xml", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.POST_NOTIFICATIONS" />

    <application
        android:name=".TrailheadApp"
        android:icon="@mipmap/ic_launcher"
        android:label="@string/app_name"
        android:networkSecurityConfig="@xml/network_security_config">

        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <meta-data
            android:name="io.sentry.dsn"
            android:value="${SENTRY_DSN}" />

        <activity
            android:name=".MainActivity"
            android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""", None, "https://developer.android.com/build/manage-manifests#inject_build_variables_into_the_manifest")

add("network-security-config/decoy-pin-sha256", "app/src/main/res/xml/network_security_config.xml", fill("""
<?xml version="1.0" encoding="utf-8"?>
<network-security-config>
    <domain-config>
        <domain includeSubdomains="true">api.trailhead.app</domain>
        <pin-set expiration="2026-06-01">
            <pin digest="SHA-256">@A@</pin>
            <!-- backup pin -->
            <pin digest="SHA-256">@B@</pin>
        </pin-set>
    </domain-config>
</network-security-config>
""", A=base64.b64encode(random.Random(seed()).randbytes(32)).decode(), B=base64.b64encode(random.Random(seed()).randbytes(32)).decode()), None, "https://developer.android.com/privacy-and-security/security-config#CertificatePinning")

fp = ":".join(rand(2, "0123456789ABCDEF") for _ in range(32))
add("assetlinks-json/decoy-cert-fingerprint", "web/.well-known/assetlinks.json", fill("""
[
  {
    "relation": ["delegate_permission/common.handle_all_urls"],
    "target": {
      "namespace": "android_app",
      "package_name": "com.trailhead.android",
      "sha256_cert_fingerprints": [
        "@F@"
      ]
    }
  }
]
""", F=fp), None, "https://developer.android.com/training/app-links/verify-android-applinks")

add("proguard-rules/decoy-keep-rules", "app/proguard-rules.pro", """
# Keep Retrofit service interfaces and Moshi adapters
-keepattributes Signature, InnerClasses, EnclosingMethod
-keepattributes RuntimeVisibleAnnotations, RuntimeVisibleParameterAnnotations
-keep,allowobfuscation,allowshrinking interface retrofit2.Call
-keep class com.trailhead.api.model.** { *; }

# Credentials are read from BuildConfig at runtime; keep the field names for crash reports
-keepclassmembers class com.trailhead.BuildConfig {
    public static final java.lang.String API_KEY;
    public static final java.lang.String SECRET_TOKEN;
}
-dontwarn org.conscrypt.**
""", None, "https://developer.android.com/build/shrink-code#keep-code")

pub = rand(392, B64)
add("kotlin/decoy-play-licensing-public-key", "app/src/main/java/com/orbitgames/racer/billing/Security.kt", fill("""
package com.orbitgames.racer.billing

import android.util.Base64
import java.security.KeyFactory
import java.security.PublicKey
import java.security.spec.X509EncodedKeySpec

/**
 * Verifies purchase signatures locally. The key is the app's *public* licensing key from
 * Play Console > Monetization setup; it is safe to ship in the APK.
 */
object Security {
    private const val BASE_64_ENCODED_PUBLIC_KEY =
        "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA@K@IDAQAB"

    fun publicKey(): PublicKey {
        val decoded = Base64.decode(BASE_64_ENCODED_PUBLIC_KEY, Base64.DEFAULT)
        return KeyFactory.getInstance("RSA").generatePublic(X509EncodedKeySpec(decoded))
    }
}
""", K=pub), None, "https://developer.android.com/google/play/billing/security")

tok = generic_pw() + rand(6)
enc = b64(tok)
add("kotlin/base64-encoded-client-secret", "app/src/main/java/com/parcelpal/courier/net/ApiKeys.kt", fill("""
package com.parcelpal.courier.net

import android.util.Base64

internal object ApiKeys {
    // "obfuscated" so it does not show up in strings.xml
    private const val ENCODED_CLIENT_SECRET = "@E@"

    const val CLIENT_ID = "courier-android"

    val clientSecret: String
        get() = String(Base64.decode(ENCODED_CLIENT_SECRET, Base64.NO_WRAP))

    fun authHeader(): String =
        "Basic " + Base64.encodeToString("$CLIENT_ID:$clientSecret".toByteArray(), Base64.NO_WRAP)
}
""", E=enc), tok, "https://developer.android.com/reference/android/util/Base64")

tok = slack_webhook()
half = len(tok) // 2
add("java/split-slack-webhook", "app/src/main/java/com/brightbasket/shop/support/FeedbackSender.java", fill("""
package com.brightbasket.shop.support;

import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

public final class FeedbackSender {
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    // posted straight to #app-feedback
    private static final String WEBHOOK = "@A@" +
            "@B@";

    private final OkHttpClient client = new OkHttpClient();

    public void send(String text) throws java.io.IOException {
        String payload = "{\\"text\\":\\"" + text.replace("\\"", "'") + "\\"}";
        Request request = new Request.Builder().url(WEBHOOK).post(RequestBody.create(payload, JSON)).build();
        client.newCall(request).execute().close();
    }
}
""", A=tok[:half], B=tok[half:]), tok, "https://api.slack.com/messaging/webhooks")

# ---------------------------------------------------------------------------------------------
# iOS / macOS: plists, xcconfig, schemes, Apple keys, CocoaPods, SwiftPM, Sparkle
# ---------------------------------------------------------------------------------------------

tok = rand(40, ALNUM)
add("info-plist/backend-client-secret", "ios/Harborline/Info.plist", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDevelopmentRegion</key>
	<string>$(DEVELOPMENT_LANGUAGE)</string>
	<key>CFBundleExecutable</key>
	<string>$(EXECUTABLE_NAME)</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>CFBundleShortVersionString</key>
	<string>$(MARKETING_VERSION)</string>
	<key>CFBundleVersion</key>
	<string>$(CURRENT_PROJECT_VERSION)</string>
	<key>HLAPIBaseURL</key>
	<string>https://api.harborline.co/v2</string>
	<key>HLOAuthClientID</key>
	<string>harborline-ios</string>
	<key>HLOAuthClientSecret</key>
	<string>@T@</string>
	<key>NSCameraUsageDescription</key>
	<string>Scan boarding passes</string>
	<key>UILaunchStoryboardName</key>
	<string>LaunchScreen</string>
</dict>
</plist>
""", T=tok), tok, "https://developer.apple.com/documentation/bundleresources/information_property_list")

add("info-plist/decoy-build-setting-reference", "ios/Runner/Info.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleDisplayName</key>
	<string>Tidewatch</string>
	<key>CFBundleIdentifier</key>
	<string>$(PRODUCT_BUNDLE_IDENTIFIER)</string>
	<key>API_KEY</key>
	<string>$(TIDEWATCH_API_KEY)</string>
	<key>REVENUECAT_SECRET</key>
	<string>$(REVENUECAT_SECRET)</string>
	<key>SENTRY_DSN</key>
	<string>$(SENTRY_DSN)</string>
	<key>LSRequiresIPhoneOS</key>
	<true/>
	<key>UIApplicationSupportsIndirectInputEvents</key>
	<true/>
</dict>
</plist>
""", None, "https://developer.apple.com/documentation/xcode/adding-a-build-configuration-file-to-your-project")

tok = hexstr(32)
add("xcconfig/hmac-secret", "ios/Config/Release.xcconfig", fill("""
// Release.xcconfig
#include "Shared.xcconfig"
#include? "Pods/Target Support Files/Pods-Harborline/Pods-Harborline.release.xcconfig"

PRODUCT_BUNDLE_IDENTIFIER = co.harborline.app
CODE_SIGN_STYLE = Manual
DEVELOPMENT_TEAM = 7QX3K9D2LM
PROVISIONING_PROFILE_SPECIFIER = match AppStore co.harborline.app

// `//` starts a comment in xcconfig, hence the $() trick
API_BASE_URL = https:/$()/api.harborline.co
REQUEST_SIGNING_SECRET = @T@
SWIFT_ACTIVE_COMPILATION_CONDITIONS = RELEASE
""", T=tok), tok, "https://help.apple.com/xcode/#/dev745c5c974")

tok = fakes.openai_key(seed())
add("xcconfig/openai-key", "ios/Secrets.xcconfig", fill("""
// Secrets.xcconfig — NOT in .gitignore yet (fix before 1.0)
// Referenced from Info.plist as $(OPENAI_API_KEY)

OPENAI_API_KEY = @T@
OPENAI_MODEL = gpt-4o-mini
OPENAI_ORG = org-journaling
ENABLE_AI_SUMMARIES = YES
""", T=tok), tok, "https://help.apple.com/xcode/#/dev745c5c974")

add("xcconfig/decoy-inherited-settings", "ios/Config/Shared.xcconfig", """
// Shared.xcconfig
MARKETING_VERSION = 5.3.0
CURRENT_PROJECT_VERSION = 5301
IPHONEOS_DEPLOYMENT_TARGET = 15.0
SWIFT_VERSION = 5.9
OTHER_LDFLAGS = $(inherited) -ObjC
GCC_PREPROCESSOR_DEFINITIONS = $(inherited) COCOAPODS=1
// secrets are injected by CI into Secrets.xcconfig (gitignored)
REQUEST_SIGNING_SECRET = $(inherited)
OPENAI_API_KEY =
""", None, "https://help.apple.com/xcode/#/dev745c5c974")

tok = fakes.github_token(seed())
add("xcscheme/environment-variable-token", "ios/Harborline.xcodeproj/xcshareddata/xcschemes/Harborline Staging.xcscheme", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<Scheme
   LastUpgradeVersion = "1500"
   version = "1.7">
   <LaunchAction
      buildConfiguration = "Debug"
      selectedDebuggerIdentifier = "Xcode.DebuggerFoundation.Debugger.LLDB"
      launchStyle = "0"
      useCustomWorkingDirectory = "NO"
      debugDocumentVersioning = "YES">
      <BuildableProductRunnable
         runnableDebuggingMode = "0">
         <BuildableReference
            BuildableIdentifier = "primary"
            BlueprintIdentifier = "A1F03C2D2A5B7E0100C4D3E1"
            BuildableName = "Harborline.app"
            BlueprintName = "Harborline"
            ReferencedContainer = "container:Harborline.xcodeproj">
         </BuildableReference>
      </BuildableProductRunnable>
      <EnvironmentVariables>
         <EnvironmentVariable
            key = "HL_ENV"
            value = "staging"
            isEnabled = "YES">
         </EnvironmentVariable>
         <EnvironmentVariable
            key = "GITHUB_FEEDBACK_TOKEN"
            value = "@T@"
            isEnabled = "YES">
         </EnvironmentVariable>
      </EnvironmentVariables>
   </LaunchAction>
</Scheme>
""", T=tok), tok, "https://developer.apple.com/documentation/xcode/customizing-the-build-schemes-for-a-project")

pbx_ids = [rand(24, "0123456789ABCDEF") for _ in range(8)]
add("pbxproj/decoy-object-ids", "ios/Harborline.xcodeproj/project.pbxproj", fill("""
// !$*UTF8*$!
{
	archiveVersion = 1;
	classes = {
	};
	objectVersion = 56;
	objects = {

/* Begin PBXBuildFile section */
		@A@ /* AppDelegate.swift in Sources */ = {isa = PBXBuildFile; fileRef = @B@ /* AppDelegate.swift */; };
		@C@ /* Assets.xcassets in Resources */ = {isa = PBXBuildFile; fileRef = @D@ /* Assets.xcassets */; };
/* End PBXBuildFile section */

/* Begin PBXFileReference section */
		@B@ /* AppDelegate.swift */ = {isa = PBXFileReference; lastKnownFileType = sourcecode.swift; path = AppDelegate.swift; sourceTree = "<group>"; };
		@D@ /* Assets.xcassets */ = {isa = PBXFileReference; lastKnownFileType = folder.assetcatalog; path = Assets.xcassets; sourceTree = "<group>"; };
		@E@ /* Harborline.app */ = {isa = PBXFileReference; explicitFileType = wrapper.application; includeInIndex = 0; path = Harborline.app; sourceTree = BUILT_PRODUCTS_DIR; };
/* End PBXFileReference section */

/* Begin XCBuildConfiguration section */
		@F@ /* Release */ = {
			isa = XCBuildConfiguration;
			baseConfigurationReference = @G@ /* Release.xcconfig */;
			buildSettings = {
				CODE_SIGN_IDENTITY = "Apple Distribution";
				DEVELOPMENT_TEAM = 7QX3K9D2LM;
				PRODUCT_BUNDLE_IDENTIFIER = co.harborline.app;
				PROVISIONING_PROFILE_SPECIFIER = "match AppStore co.harborline.app";
			};
			name = Release;
		};
/* End XCBuildConfiguration section */
	};
	rootObject = @H@ /* Project object */;
}
""", A=pbx_ids[0], B=pbx_ids[1], C=pbx_ids[2], D=pbx_ids[3], E=pbx_ids[4], F=pbx_ids[5], G=pbx_ids[6], H=pbx_ids[7]), None, "http://www.monobjc.net/xcode-project-file-format.html")

add("google-service-info-plist/decoy-firebase-client-config", "ios/Harborline/GoogleService-Info.plist", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CLIENT_ID</key>
	<string>@N@-@C@.apps.googleusercontent.com</string>
	<key>REVERSED_CLIENT_ID</key>
	<string>com.googleusercontent.apps.@N@-@C@</string>
	<key>API_KEY</key>
	<string>AIzaSy@K@</string>
	<key>GCM_SENDER_ID</key>
	<string>@N@</string>
	<key>PLIST_VERSION</key>
	<string>1</string>
	<key>BUNDLE_ID</key>
	<string>co.harborline.app</string>
	<key>PROJECT_ID</key>
	<string>harborline-prod</string>
	<key>STORAGE_BUCKET</key>
	<string>harborline-prod.appspot.com</string>
	<key>GOOGLE_APP_ID</key>
	<string>1:@N@:ios:@G@</string>
	<key>IS_GCM_ENABLED</key>
	<true/>
</dict>
</plist>
""", N=rand(12, "0123456789"), C=rand(32, "abcdefghijklmnopqrstuvwxyz0123456789"), K=rand(33, ALNUM + "-_"), G=hexstr(22)), None,
    "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different")

add("export-options-plist/decoy-team-and-profiles", "ios/ExportOptions.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>method</key>
	<string>app-store</string>
	<key>teamID</key>
	<string>7QX3K9D2LM</string>
	<key>signingStyle</key>
	<string>manual</string>
	<key>provisioningProfiles</key>
	<dict>
		<key>co.harborline.app</key>
		<string>match AppStore co.harborline.app</string>
		<key>co.harborline.app.NotificationService</key>
		<string>match AppStore co.harborline.app.NotificationService</string>
	</dict>
	<key>uploadSymbols</key>
	<true/>
	<key>manageAppVersionAndBuildNumber</key>
	<false/>
</dict>
</plist>
""", None, "xcodebuild -help (exportOptionsPlist keys)")

add("entitlements/decoy-app-groups", "ios/Harborline/Harborline.entitlements", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>aps-environment</key>
	<string>production</string>
	<key>com.apple.developer.applesignin</key>
	<array>
		<string>Default</string>
	</array>
	<key>com.apple.security.application-groups</key>
	<array>
		<string>group.co.harborline.shared</string>
	</array>
	<key>keychain-access-groups</key>
	<array>
		<string>$(AppIdentifierPrefix)co.harborline.shared-keychain</string>
	</array>
</dict>
</plist>
""", None, "https://developer.apple.com/documentation/bundleresources/entitlements")

key = ec_p8()
add("apple-p8/apns-auth-key", "backend/certs/AuthKey_8KQ2J7ZL4M.p8", key + "\n", key,
    "https://developer.apple.com/documentation/usernotifications/establishing-a-token-based-connection-to-apns")

key = ec_p8()
add("apple-p8/app-store-server-api-key", "server/keys/SubscriptionKey_Q9W3E7R1T5.p8", key + "\n", key,
    "https://developer.apple.com/documentation/appstoreserverapi/creating-api-keys-to-authorize-api-requests")

key = ec_p8()
line = key_line(key)
add("fastlane-api-key-json/app-store-connect-key", "fastlane/api_key.json", fill("""
{
  "key_id": "D383SF739",
  "issuer_id": "@I@",
  "key": "@K@",
  "duration": 1200,
  "in_house": false
}
""", I=uuid4(), K=key.replace("\n", "\\n")), line, "https://docs.fastlane.tools/app-store-connect-api/#using-fastlane-api-key-json-file")

add("fastlane-api-key-json/decoy-key-filepath", "fastlane/asc_api_key.json", fill("""
{
  "key_id": "Q9W3E7R1T5",
  "issuer_id": "@I@",
  "key_filepath": "./AuthKey_Q9W3E7R1T5.p8",
  "duration": 1200,
  "in_house": false
}
""", I=uuid4()), None, "https://docs.fastlane.tools/app-store-connect-api/")

key = ec_p8()
add("pem/apns-cert-and-key-bundle", "push/apns-production.pem", fill("""
Bag Attributes
    friendlyName: Apple Push Services: co.harborline.app
    localKeyID: 5A 1C 9E 22 71 0B 3D 88 4F 6E 12 A7 C3 90 44 1B 6D 2E 8F 07
subject=/UID=co.harborline.app/CN=Apple Push Services: co.harborline.app/OU=7QX3K9D2LM/O=Harborline Ltd/C=GB
issuer=/C=US/O=Apple Inc./OU=G4/CN=Apple Worldwide Developer Relations Certification Authority
@C@
Bag Attributes
    friendlyName: Harborline Push Key
    localKeyID: 5A 1C 9E 22 71 0B 3D 88 4F 6E 12 A7 C3 90 44 1B 6D 2E 8F 07
Key Attributes: <No Attributes>
@K@
""", C="\n".join(cert_pem().splitlines()[:12]) + "\n-----END CERTIFICATE-----", K=key), key,
    "openssl pkcs12 -in apns.p12 -out apns.pem -nodes")

add("pem/decoy-apns-certificate-only", "push/apns-production-cert.pem", fill("""
Bag Attributes
    friendlyName: Apple Push Services: co.tidewatch.app
    localKeyID: 0B 91 4C 5D 2A 77 E0 13 68 4B 9C D2 11 F5 03 8E 7A C6 29 5F
subject=/UID=co.tidewatch.app/CN=Apple Push Services: co.tidewatch.app/OU=R2D2C3PO99/O=Tidewatch/C=NZ
issuer=/C=US/O=Apple Inc./OU=G4/CN=Apple Worldwide Developer Relations Certification Authority
@C@
""", C="\n".join(cert_pem().splitlines()[:20]) + "\n-----END CERTIFICATE-----"), None,
    "https://developer.apple.com/documentation/usernotifications/establishing-a-certificate-based-connection-to-apns")

tok = rand(24, string.ascii_lowercase + string.digits)
add("swift/split-literal-api-secret", "ios/Harborline/Networking/APIEnvironment.swift", fill("""
import Foundation

enum APIEnvironment {
    case staging, production

    var baseURL: URL {
        switch self {
        case .staging: return URL(string: "https://staging.harborline.co")!
        case .production: return URL(string: "https://api.harborline.co")!
        }
    }

    /// Partner API secret for the loyalty programme (split so it is not a single string in the binary)
    static let partnerSecret: String = "@A@" +
        "@B@" +
        "@C@"

    static let partnerID = "harborline-ios"
}
""", A=tok[:8], B=tok[8:16], C=tok[16:]), tok, "https://docs.swift.org/swift-book/documentation/the-swift-programming-language/stringsandcharacters/")

add("swift/decoy-keychain-lookup", "ios/Harborline/Networking/TokenStore.swift", """
import Foundation
import Security

final class TokenStore {
    private let service = "co.harborline.auth"
    static let placeholderToken = "YOUR_ACCESS_TOKEN_HERE"

    func accessToken() -> String? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: "access_token",
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var item: CFTypeRef?
        guard SecItemCopyMatching(query as CFDictionary, &item) == errSecSuccess,
              let data = item as? Data else { return nil }
        return String(data: data, encoding: .utf8)
    }
}
""", None, "https://developer.apple.com/documentation/security/keychain_services")

tok = hexstr(32)
add("objc/iap-shared-secret", "ios/Legacy/Store/RMReceiptValidator.m", fill("""
#import "RMReceiptValidator.h"

// App-specific shared secret from App Store Connect > App Information
static NSString * const kSharedSecret = @"@T@";
static NSString * const kVerifyURL = @"https://buy.itunes.apple.com/verifyReceipt";

@implementation RMReceiptValidator

- (void)validateReceipt:(NSData *)receipt completion:(void (^)(NSDictionary *))completion {
    NSDictionary *body = @{ @"receipt-data": [receipt base64EncodedStringWithOptions:0],
                            @"password": kSharedSecret,
                            @"exclude-old-transactions": @YES };
    NSMutableURLRequest *request = [NSMutableURLRequest requestWithURL:[NSURL URLWithString:kVerifyURL]];
    request.HTTPMethod = @"POST";
    request.HTTPBody = [NSJSONSerialization dataWithJSONObject:body options:0 error:nil];
    [[[NSURLSession sharedSession] dataTaskWithRequest:request completionHandler:^(NSData *data, NSURLResponse *r, NSError *e) {
        completion(data ? [NSJSONSerialization JSONObjectWithData:data options:0 error:nil] : nil);
    }] resume];
}

@end
""", T=tok), tok, "https://developer.apple.com/documentation/appstorereceipts/verifyreceipt")

tok = gitlab_pat()
add("podfile/private-spec-repo-token", "ios/Podfile", fill("""
platform :ios, '15.0'
use_frameworks! :linkage => :static

source 'https://cdn.cocoapods.org/'
source 'https://oauth2:@T@@gitlab.harborline.co/mobile/podspecs.git'

target 'Harborline' do
  pod 'Alamofire', '~> 5.8'
  pod 'HLDesignSystem', '~> 2.3'
  pod 'Sentry', '~> 8.17'
  pod 'FirebaseMessaging'

  target 'HarborlineTests' do
    inherit! :search_paths
  end
end

post_install do |installer|
  installer.pods_project.targets.each do |t|
    t.build_configurations.each { |c| c.build_settings['IPHONEOS_DEPLOYMENT_TARGET'] = '15.0' }
  end
end
""", T=tok), tok, "https://guides.cocoapods.org/syntax/podfile.html#source")

add("podfile-lock/decoy-spec-checksums", "ios/Podfile.lock", fill("""
PODS:
  - Alamofire (5.8.1)
  - FirebaseCore (10.19.0):
    - FirebaseCoreInternal (~> 10.0)
  - FirebaseCoreInternal (10.19.0)
  - Sentry (8.17.1):
    - Sentry/Core (= 8.17.1)
  - Sentry/Core (8.17.1)

DEPENDENCIES:
  - Alamofire (~> 5.8)
  - Sentry (~> 8.17)

SPEC REPOS:
  trunk:
    - Alamofire
    - FirebaseCore
    - FirebaseCoreInternal
    - Sentry

SPEC CHECKSUMS:
  Alamofire: @A@
  FirebaseCore: @B@
  FirebaseCoreInternal: @C@
  Sentry: @D@

PODFILE CHECKSUM: @E@

COCOAPODS: 1.14.3
""", A=hexstr(40), B=hexstr(40), C=hexstr(40), D=hexstr(40), E=hexstr(40)), None, "https://guides.cocoapods.org/using/using-cocoapods.html#what-is-podfilelock")

add("package-resolved/decoy-revisions", "ios/Harborline.xcworkspace/xcshareddata/swiftpm/Package.resolved", fill("""
{
  "originHash" : "@O@",
  "pins" : [
    {
      "identity" : "swift-collections",
      "kind" : "remoteSourceControl",
      "location" : "https://github.com/apple/swift-collections",
      "state" : {
        "revision" : "@A@",
        "version" : "1.0.6"
      }
    },
    {
      "identity" : "kingfisher",
      "kind" : "remoteSourceControl",
      "location" : "https://github.com/onevcat/Kingfisher.git",
      "state" : {
        "revision" : "@B@",
        "version" : "7.10.2"
      }
    }
  ],
  "version" : 3
}
""", O=hexstr(64), A=hexstr(40), B=hexstr(40)), None, "https://www.swift.org/documentation/package-manager/")

pw = generic_pw()
add("netrc/binary-framework-download", "ci/netrc", fill("""
# copied to ~/.netrc on the macOS runners so SwiftPM / Carthage can fetch the
# private binary frameworks (XCFramework zips) from the artifact server
machine artifacts.harborline.co
  login mobile-ci
  password @P@
""", P=pw), pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")

ed = base64.b64encode(random.Random(seed()).randbytes(32)).decode()
add("sparkle-appcast/decoy-ed-signature", "desktop/appcast.xml", fill("""
<?xml version="1.0" standalone="yes"?>
<rss xmlns:sparkle="http://www.andymatuschak.org/xml-namespaces/sparkle" version="2.0">
    <channel>
        <title>Quillnote</title>
        <item>
            <title>3.2.0</title>
            <pubDate>Tue, 14 Nov 2023 10:21:07 +0000</pubDate>
            <sparkle:version>320</sparkle:version>
            <sparkle:shortVersionString>3.2.0</sparkle:shortVersionString>
            <sparkle:minimumSystemVersion>11.0</sparkle:minimumSystemVersion>
            <enclosure url="https://downloads.quillnote.app/Quillnote-3.2.0.zip"
                       length="48213377"
                       type="application/octet-stream"
                       sparkle:edSignature="@S@"/>
        </item>
    </channel>
</rss>
""", S=base64.b64encode(random.Random(seed()).randbytes(64)).decode()), None, "https://sparkle-project.org/documentation/publishing/")

edpriv = base64.b64encode(random.Random(seed()).randbytes(32)).decode()
add("shell/sparkle-private-ed-key", "desktop/scripts/sign_update.sh", fill("""
#!/usr/bin/env bash
# Signs the release zip for Sparkle and prints the appcast enclosure attributes.
set -euo pipefail

ZIP="${1:?usage: sign_update.sh Quillnote-x.y.z.zip}"
SPARKLE_BIN="${SPARKLE_BIN:-./Sparkle/bin}"

# exported with: generate_keys -x sparkle_private_key
SPARKLE_ED_PRIVATE_KEY="@K@"

echo -n "$SPARKLE_ED_PRIVATE_KEY" | "$SPARKLE_BIN/sign_update" --ed-key-file - "$ZIP"
""", K=edpriv), edpriv, "https://sparkle-project.org/documentation/#3-segue-for-security-concerns")

add("info-plist/decoy-sparkle-public-key", "desktop/Quillnote/Info.plist", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>CFBundleName</key>
	<string>Quillnote</string>
	<key>CFBundleIdentifier</key>
	<string>app.quillnote.mac</string>
	<key>SUFeedURL</key>
	<string>https://downloads.quillnote.app/appcast.xml</string>
	<key>SUPublicEDKey</key>
	<string>@K@</string>
	<key>SUEnableAutomaticChecks</key>
	<true/>
</dict>
</plist>
""", K=base64.b64encode(random.Random(seed()).randbytes(32)).decode()), None, "https://sparkle-project.org/documentation/")

pw = app_specific_pw()
add("shell/altool-app-specific-password", "scripts/upload_testflight.sh", fill("""
#!/bin/bash
set -e
# Upload the archive exported by xcodebuild to TestFlight
IPA_PATH="build/export/Harborline.ipa"

xcodebuild -exportArchive \\
  -archivePath build/Harborline.xcarchive \\
  -exportOptionsPlist ios/ExportOptions.plist \\
  -exportPath build/export

xcrun altool --upload-app --type ios \\
  --file "$IPA_PATH" \\
  --username "release@harborline.co" \\
  --password "@P@"

echo "Uploaded $IPA_PATH"
""", P=pw), pw, "https://help.apple.com/itc/apploader/#/apdATD1E53-D1E1A1303-D1E53A1126")

pw = app_specific_pw()
add("shell/notarytool-store-credentials", "desktop/scripts/setup-notary.sh", fill("""
#!/bin/zsh
# One-off: store notarization credentials in the login keychain of the build Mac
set -eu

xcrun notarytool store-credentials "quillnote-notary" \\
    --apple-id "builds@quillnote.app" \\
    --team-id "H8Z2P4V6N1" \\
    --password "@P@"

xcrun notarytool history --keychain-profile "quillnote-notary" | head -5
""", P=pw), pw, "https://developer.apple.com/documentation/security/customizing-the-notarization-workflow")

# ---------------------------------------------------------------------------------------------
# Flutter / Dart, React Native, Expo
# ---------------------------------------------------------------------------------------------

tok = fakes.openai_key(seed(), scope="svcacct")
add("dart-define-json/openai-key", "mobile/config/prod.json", fill("""
{
  "APP_FLAVOR": "prod",
  "API_BASE_URL": "https://api.tidewatch.io",
  "ENABLE_ANALYTICS": true,
  "OPENAI_API_KEY": "@T@",
  "SENTRY_ENVIRONMENT": "production"
}
""", T=tok), tok, "https://docs.flutter.dev/deployment/flavors (--dart-define-from-file)")

add("dart-define-json/decoy-example", "mobile/config/dev.example.json", """
{
  "APP_FLAVOR": "dev",
  "API_BASE_URL": "http://10.0.2.2:8000",
  "ENABLE_ANALYTICS": false,
  "OPENAI_API_KEY": "sk-...",
  "SENTRY_ENVIRONMENT": "development"
}
""", None, "https://docs.flutter.dev/deployment/flavors")

tok = rand(32, ALNUM)
add("vscode-launch-json/dart-define-arg", "mobile/.vscode/launch.json", fill("""
{
    // Use IntelliSense to learn about possible attributes.
    "version": "0.2.0",
    "configurations": [
        {
            "name": "tidewatch (dev)",
            "request": "launch",
            "type": "dart",
            "program": "lib/main_dev.dart",
            "args": ["--flavor", "dev"]
        },
        {
            "name": "tidewatch (prod)",
            "request": "launch",
            "type": "dart",
            "program": "lib/main_prod.dart",
            "args": [
                "--flavor", "prod",
                "--dart-define=API_BASE_URL=https://api.tidewatch.io",
                "--dart-define=STORMGLASS_API_KEY=@T@"
            ]
        }
    ]
}
""", T=tok), tok, "https://dartcode.org/docs/launch-configuration/")

tok = rand(36, ALNUM + "-_")
add("pub-credentials-json/hosted-repository-token", "tools/dart/pub-credentials.json", fill("""
{
  "version": 1,
  "hosted": [
    {
      "url": "https://dart.cloudsmith.io/tidewatch/flutter-private/",
      "token": "@T@"
    },
    {
      "url": "https://pub.tidewatch.io",
      "env": "TIDEWATCH_PUB_TOKEN"
    }
  ]
}
""", T=tok), tok, "https://dart.dev/tools/pub/custom-package-repositories#authentication")

add("pubspec-yaml/decoy-hosted-dependency", "mobile/pubspec.yaml", """
name: tidewatch
description: Tide and swell forecasts.
publish_to: none
version: 1.9.2+57

environment:
  sdk: ">=3.2.0 <4.0.0"

dependencies:
  flutter:
    sdk: flutter
  dio: ^5.4.0
  flutter_dotenv: ^5.1.0
  sentry_flutter: ^7.14.0
  tidewatch_charts:
    hosted: https://dart.cloudsmith.io/tidewatch/flutter-private/
    version: ^0.8.1

dev_dependencies:
  flutter_test:
    sdk: flutter
  flutter_lints: ^3.0.1

flutter:
  uses-material-design: true
  assets:
    - .env
""", None, "https://dart.dev/tools/pub/pubspec")

tok = sendgrid()
add("dotenv/flutter-dotenv-asset", "mobile/.env", fill("""
# flutter_dotenv — bundled as an asset (see pubspec.yaml)
API_BASE_URL=https://api.tidewatch.io
MAPBOX_STYLE=mapbox://styles/tidewatch/clp0w5x1e00ab01qxyz
SUPPORT_EMAIL=help@tidewatch.io
SENDGRID_API_KEY=@T@
""", T=tok), tok, "https://pub.dev/packages/flutter_dotenv")

tok = stripe_secret()
add("dart/const-stripe-secret", "mobile/lib/config/payments.dart", fill("""
// Payments configuration
// ignore_for_file: constant_identifier_names

class PaymentsConfig {
  static const String publishableKey = 'pk_live_51' 'Nf3aQ2eXaMpLePuBlIsHaBlEkEy0000';
  static const String merchantCountry = 'NZ';

  /// Used by the "instant refund" screen until the refunds endpoint ships.
  static const String stripeSecret = '@T@';

  static const Duration timeout = Duration(seconds: 20);
}
""", T=tok), tok, "https://dart.dev/language/built-in-types#strings")

tok = hexstr(32)
add("react-native-config-env/production", "apps/mobile/.env.production", fill("""
# react-native-config: values are compiled into BuildConfig / Info.plist
API_URL=https://api.parcelpal.io
ENV=production
CODEPUSH_KEY_ANDROID=@D@
GOOGLE_MAPS_PLATFORM_URL=https://maps.googleapis.com
ALGOLIA_APP_ID=Q7ZP3K1LMN
ALGOLIA_ADMIN_KEY=@T@
""", D=uuid4(), T=tok), tok, "https://github.com/lugg/react-native-config")

add("react-native-config-env/decoy-example", "apps/mobile/.env.example", """
# Copy to .env.development / .env.production and fill in
API_URL=http://localhost:8000
ENV=development
CODEPUSH_KEY_ANDROID=
GOOGLE_MAPS_PLATFORM_URL=https://maps.googleapis.com
ALGOLIA_APP_ID=your-app-id
ALGOLIA_ADMIN_KEY=<algolia-admin-key>
""", None, "https://github.com/lugg/react-native-config")

tok = sentry_user_token()
add("sentry-properties/auth-token", "apps/mobile/android/sentry.properties", fill("""
defaults.url=https://sentry.io/
defaults.org=parcelpal
defaults.project=courier-android
auth.token=@T@
cli.executable=../../node_modules/@sentry/cli/bin/sentry-cli
""", T=tok), tok, "https://docs.sentry.io/platforms/react-native/manual-setup/manual-setup/")

add("sentry-properties/decoy-no-token", "apps/mobile/ios/sentry.properties", """
defaults.url=https://sentry.io/
defaults.org=parcelpal
defaults.project=courier-ios
# auth.token is read from SENTRY_AUTH_TOKEN in CI
cli.executable=../node_modules/@sentry/cli/bin/sentry-cli
""", None, "https://docs.sentry.io/cli/configuration/")

tok = "sntrys_" + rand(120, ALNUM)
add("sentryclirc/auth-token", "desktop/.sentryclirc", fill("""
[defaults]
url = https://sentry.io/
org = quillnote
project = quillnote-desktop

[auth]
token = @T@

[log]
level = warn
""", T=tok), tok, "https://docs.sentry.io/cli/configuration/#configuration-file")

tok = fakes.github_token(seed())
add("expo-app-json/extra-token", "apps/expo/app.json", fill("""
{
  "expo": {
    "name": "Fieldnotes",
    "slug": "fieldnotes",
    "version": "2.0.3",
    "orientation": "portrait",
    "icon": "./assets/icon.png",
    "scheme": "fieldnotes",
    "ios": {
      "supportsTablet": true,
      "bundleIdentifier": "io.fieldnotes.app"
    },
    "android": {
      "package": "io.fieldnotes.app",
      "adaptiveIcon": { "foregroundImage": "./assets/adaptive-icon.png", "backgroundColor": "#1F2933" }
    },
    "extra": {
      "issueReporterRepo": "fieldnotes/feedback",
      "issueReporterToken": "@T@",
      "eas": { "projectId": "@P@" }
    },
    "plugins": ["expo-router", "sentry-expo"]
  }
}
""", T=tok, P=uuid4()), tok, "https://docs.expo.dev/versions/latest/config/app/#extra")

add("expo-app-json/decoy-project-id", "apps/expo-kiosk/app.json", fill("""
{
  "expo": {
    "name": "Fieldnotes Kiosk",
    "slug": "fieldnotes-kiosk",
    "version": "1.1.0",
    "runtimeVersion": { "policy": "appVersion" },
    "updates": { "url": "https://u.expo.dev/@P@" },
    "ios": { "bundleIdentifier": "io.fieldnotes.kiosk" },
    "android": { "package": "io.fieldnotes.kiosk" },
    "extra": {
      "eas": { "projectId": "@P@" }
    },
    "owner": "fieldnotes"
  }
}
""", P=uuid4()), None, "https://docs.expo.dev/eas-update/getting-started/")

tok = sentry_user_token()
add("eas-json/build-env-token", "apps/expo/eas.json", fill("""
{
  "cli": {
    "version": ">= 5.9.0",
    "appVersionSource": "remote"
  },
  "build": {
    "development": {
      "developmentClient": true,
      "distribution": "internal"
    },
    "preview": {
      "distribution": "internal",
      "channel": "preview"
    },
    "production": {
      "channel": "production",
      "autoIncrement": true,
      "env": {
        "SENTRY_ORG": "fieldnotes",
        "SENTRY_PROJECT": "fieldnotes-app",
        "SENTRY_AUTH_TOKEN": "@T@"
      }
    }
  },
  "submit": {
    "production": {}
  }
}
""", T=tok), tok, "https://docs.expo.dev/build-reference/variables/")

add("eas-json/decoy-submit-paths", "apps/expo-kiosk/eas.json", fill("""
{
  "cli": { "version": ">= 5.9.0" },
  "build": {
    "production": {
      "channel": "production",
      "env": { "EXPO_PUBLIC_API_URL": "https://api.fieldnotes.io" }
    }
  },
  "submit": {
    "production": {
      "ios": {
        "appleId": "release@fieldnotes.io",
        "ascAppId": "6471234509",
        "appleTeamId": "K3L9M2N8P4",
        "ascApiKeyPath": "./secrets/AuthKey_Z7Y6X5W4V3.p8",
        "ascApiKeyIssuerId": "@I@",
        "ascApiKeyId": "Z7Y6X5W4V3"
      },
      "android": {
        "serviceAccountKeyPath": "./secrets/play-service-account.json",
        "track": "internal"
      }
    }
  }
}
""", I=uuid4()), None, "https://docs.expo.dev/submit/eas-json/")

pw = word_pw()
add("expo-credentials-json/keystore-password", "apps/expo/credentials.json", fill("""
{
  "android": {
    "keystore": {
      "keystorePath": "credentials/android/keystore.jks",
      "keystorePassword": "@P@",
      "keyAlias": "fieldnotes-upload",
      "keyPassword": "@P@"
    }
  },
  "ios": {
    "provisioningProfilePath": "credentials/ios/profile.mobileprovision",
    "distributionCertificate": {
      "path": "credentials/ios/dist-cert.p12",
      "password": ""
    }
  }
}
""", P=pw), pw, "https://docs.expo.dev/app-signing/local-credentials/")

tok = hexstr(40)
add("expo-app-config-ts/extra-secret", "apps/expo/app.config.ts", fill("""
import { ExpoConfig, ConfigContext } from "expo/config";

export default ({ config }: ConfigContext): ExpoConfig => ({
  ...config,
  name: process.env.APP_VARIANT === "preview" ? "Fieldnotes (Preview)" : "Fieldnotes",
  slug: "fieldnotes",
  ios: { bundleIdentifier: "io.fieldnotes.app" },
  android: { package: "io.fieldnotes.app" },
  extra: {
    apiUrl: process.env.EXPO_PUBLIC_API_URL ?? "https://api.fieldnotes.io",
    // HMAC key for signing events sent to ingest.fieldnotes.io
    eventsSecretKey: "@T@",
    eas: { projectId: "2f9c1e4a-7b3d-4e8f-9a6c-0d5b1e2f3a4b" },
  },
});
""", T=tok), tok, "https://docs.expo.dev/workflow/configuration/#dynamic-configuration")

add("metro-config-js/decoy", "apps/mobile/metro.config.js", """
const { getDefaultConfig, mergeConfig } = require('@react-native/metro-config');
const path = require('path');

/**
 * Metro configuration
 * https://reactnative.dev/docs/metro
 */
const config = {
  watchFolders: [path.resolve(__dirname, '../../packages')],
  resolver: {
    unstable_enableSymlinks: true,
    blockList: [/\\.env\\..*/, /android\\/keystores\\/.*/],
  },
  transformer: {
    getTransformOptions: async () => ({
      transform: { experimentalImportSupport: false, inlineRequires: true },
    }),
  },
};

module.exports = mergeConfig(getDefaultConfig(__dirname), config);
""", None, "https://reactnative.dev/docs/metro")

tok = npm_token()
add("npmrc/auth-token", "apps/mobile/.npmrc", fill("""
@parcelpal:registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=@T@
engine-strict=true
save-exact=true
fund=false
audit-level=high
""", T=tok), tok, "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration")

tok = fakes.github_token(seed())
add("yarnrc-yml/npm-auth-token", ".yarnrc.yml", fill("""
nodeLinker: node-modules
enableGlobalCache: true

npmScopes:
  fieldnotes:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "@T@"

yarnPath: .yarn/releases/yarn-4.0.2.cjs
""", T=tok), tok, "https://yarnpkg.com/configuration/yarnrc#npmScopes")

add("yarnrc-yml/decoy-env-expansion", "apps/desktop/.yarnrc.yml", """
nodeLinker: node-modules

npmScopes:
  quillnote:
    npmRegistryServer: "https://npm.pkg.github.com"
    npmAlwaysAuth: true
    npmAuthToken: "${NPM_AUTH_TOKEN:-}"

yarnPath: .yarn/releases/yarn-4.0.2.cjs
""", None, "https://yarnpkg.com/configuration/yarnrc#npmAuthToken")

add("yarn-lock/decoy-integrity", "apps/mobile/yarn.lock", fill("""
# THIS IS AN AUTOGENERATED FILE. DO NOT EDIT THIS FILE DIRECTLY.
# yarn lockfile v1


"@babel/code-frame@^7.0.0", "@babel/code-frame@^7.23.5":
  version "7.23.5"
  resolved "https://registry.yarnpkg.com/@babel/code-frame/-/code-frame-7.23.5.tgz#@A@"
  integrity sha512-@B@
  dependencies:
    "@babel/highlight" "^7.23.4"
    chalk "^2.4.2"

react-native-config@^1.5.1:
  version "1.5.1"
  resolved "https://registry.yarnpkg.com/react-native-config/-/react-native-config-1.5.1.tgz#@C@"
  integrity sha512-@D@
""", A=hexstr(40), B=base64.b64encode(random.Random(seed()).randbytes(64)).decode(), C=hexstr(40), D=base64.b64encode(random.Random(seed()).randbytes(64)).decode()), None, "https://classic.yarnpkg.com/lang/en/docs/yarn-lock/")

tok = hexstr(32)
add("typescript/rn-constants-file", "apps/mobile/src/config/keys.ts", fill("""
// Keys used by the courier app. Public keys are fine here; see docs/secrets.md for the rest.
export const MAPBOX_PUBLIC_TOKEN = 'pk.eyJ1IjoicGFyY2VscGFsIiwiYSI6ImNscDB3NXgxZTAwYWIifQ.placeholder';

export const ONESIGNAL_APP_ID = 'a1b2c3d4-0000-4000-8000-1234567890ab';

// REST API key for OneSignal (sending pushes from the dispatcher screen)
export const ONESIGNAL_REST_API_KEY = '@T@';

export const REQUEST_TIMEOUT_MS = 15_000;
""", T=tok), tok, "https://documentation.onesignal.com/docs/keys-and-ids")

add("typescript/decoy-public-sdk-keys", "apps/expo/src/lib/purchases.ts", """
import Purchases from 'react-native-purchases';
import { Platform } from 'react-native';

// RevenueCat *public* SDK keys: meant to ship in the app bundle.
const RC_PUBLIC_KEYS = {
  ios: 'appl_XXXXXXXXXXXXXXXXXXXXXXXXXXX',
  android: 'goog_XXXXXXXXXXXXXXXXXXXXXXXXXXX',
};

export function configurePurchases(userId: string) {
  Purchases.configure({
    apiKey: Platform.OS === 'ios' ? RC_PUBLIC_KEYS.ios : RC_PUBLIC_KEYS.android,
    appUserID: userId,
  });
}
""", None, "https://www.revenuecat.com/docs/welcome/authentication")

tok = rand(32, ALNUM)
pw_b = b64(tok)
add("javascript/codepush-deployment-key-base64", "apps/mobile/scripts/release-codepush.js", fill("""
#!/usr/bin/env node
// Releases a CodePush update to the Production deployment.
const { execSync } = require('child_process');

const APP = 'parcelpal/courier-android';
// App Center API token (base64 so it is not greppable, decoded below)
const TOKEN_B64 = '@E@';
const token = Buffer.from(TOKEN_B64, 'base64').toString('utf8');

const version = require('../package.json').version;
execSync(
  `appcenter codepush release-react -a ${APP} -d Production --target-binary-version "${version}" --token ${token}`,
  { stdio: 'inherit' },
);
""", E=pw_b), tok, "https://learn.microsoft.com/en-us/appcenter/distribution/codepush/cli")

# ---------------------------------------------------------------------------------------------
# fastlane
# ---------------------------------------------------------------------------------------------

add("fastlane-appfile/decoy-identifiers", "fastlane/Appfile", """
app_identifier("co.harborline.app") # The bundle identifier of your app
apple_id("release@harborline.co") # Your Apple Developer Portal username

itc_team_id("118273645") # App Store Connect Team ID
team_id("7QX3K9D2LM") # Developer Portal Team ID

json_key_file("fastlane/play-store-credentials.json") # Path to the json secret file
package_name("co.harborline.android")
""", None, "https://docs.fastlane.tools/advanced/Appfile/")

pw = app_specific_pw()
add("fastfile/hardcoded-app-specific-password", "fastlane/Fastfile", fill("""
default_platform(:ios)

platform :ios do
  before_all do
    ENV["FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD"] = "@P@"
    ENV["FASTLANE_USER"] = "release@harborline.co"
  end

  desc "Push a new beta build to TestFlight"
  lane :beta do
    setup_ci if ENV["CI"]
    match(type: "appstore", readonly: true)
    increment_build_number(xcodeproj: "Harborline.xcodeproj")
    build_app(scheme: "Harborline", export_method: "app-store")
    upload_to_testflight(skip_waiting_for_build_processing: true)
    slack(message: "Harborline beta uploaded")
  end
end
""", P=pw), pw, "https://docs.fastlane.tools/best-practices/continuous-integration/#application-specific-passwords")

tok = firebase_ci_token()
add("fastfile/firebase-cli-token", "mobile/android/fastlane/Fastfile", fill("""
default_platform(:android)

platform :android do
  desc "Distribute a QA build through Firebase App Distribution"
  lane :qa do
    gradle(task: "clean assembleQa")
    firebase_app_distribution(
      app: "1:418822907731:android:5c2e9f0ab7d14e6a",
      groups: "qa-team, product",
      release_notes: changelog_from_git_commits(commits_count: 10),
      firebase_cli_token: "@T@"
    )
  end

  lane :release do
    gradle(task: "bundleRelease")
    upload_to_play_store(track: "internal", json_key: "fastlane/play-store-credentials.json")
  end
end
""", T=tok), tok, "https://firebase.google.com/docs/app-distribution/android/distribute-fastlane")

add("fastfile/decoy-env-lookups", "apps/mobile/ios/fastlane/Fastfile", """
default_platform(:ios)

platform :ios do
  lane :release do
    app_store_connect_api_key(
      key_id: ENV["ASC_KEY_ID"],
      issuer_id: ENV["ASC_ISSUER_ID"],
      key_content: ENV["ASC_KEY_P8_BASE64"],
      is_key_content_base64: true
    )
    match(type: "appstore", readonly: true, git_basic_authorization: ENV["MATCH_GIT_BASIC_AUTHORIZATION"])
    build_app(workspace: "Courier.xcworkspace", scheme: "Courier")
    upload_to_app_store(submit_for_review: false, force: true)
  end
end
""", None, "https://docs.fastlane.tools/actions/app_store_connect_api_key/")

tok = fakes.github_token(seed())
add("matchfile/git-url-token", "fastlane/Matchfile", fill("""
git_url("https://harborline-bot:@T@@github.com/harborline/ios-certificates.git")
storage_mode("git")

type("appstore") # The default type, can be: appstore, adhoc, enterprise or development

app_identifier(["co.harborline.app", "co.harborline.app.NotificationService"])
username("release@harborline.co") # Your Apple Developer Portal username
team_id("7QX3K9D2LM")
""", T=tok), tok, "https://docs.fastlane.tools/actions/match/")

userpass = "harborline-bot:" + fakes.github_token(seed())
add("matchfile/decoy-env-basic-auth", "apps/mobile/ios/fastlane/Matchfile", """
git_url("https://github.com/parcelpal/certificates.git")
git_basic_authorization(ENV["MATCH_GIT_BASIC_AUTHORIZATION"])
storage_mode("git")
type("development")
app_identifier(["io.parcelpal.courier"])
readonly(true)
""", None, "https://docs.fastlane.tools/actions/match/#git-storage-on-github")

tok = userpass
enc = b64(tok)
add("dotenv/fastlane-match-basic-authorization", "fastlane/.env.default", fill("""
# fastlane loads .env.default for every lane
FASTLANE_SKIP_UPDATE_CHECK=1
FASTLANE_HIDE_CHANGELOG=1
LC_ALL=en_US.UTF-8
MATCH_READONLY=true
# base64 of "user:token" for the certificates repo
MATCH_GIT_BASIC_AUTHORIZATION=@E@
""", E=enc), tok, "https://docs.fastlane.tools/actions/match/#git-storage-on-github")

pw = pass_phrase()
add("dotenv/fastlane-match-password", "fastlane/.env.secret", fill("""
# fastlane --env secret
MATCH_PASSWORD=@P@
MATCH_KEYCHAIN_NAME=fastlane_tmp_keychain
FASTLANE_TEAM_ID=7QX3K9D2LM
FASTLANE_XCODEBUILD_SETTINGS_TIMEOUT=120
""", P=pw), pw, "https://docs.fastlane.tools/actions/match/#encryption-password")

pw = word_pw()
add("deliverfile/demo-account-password", "fastlane/Deliverfile", fill("""
# The Deliverfile allows you to store various App Store Connect metadata
app_identifier("co.harborline.app")
username("release@harborline.co")

submission_information({ add_id_info_uses_idfa: false })
automatic_release(false)
phased_release(true)

app_review_information(
  first_name: "Priya",
  last_name: "Nair",
  phone_number: "+44 20 7946 0321",
  email_address: "appreview@harborline.co",
  demo_user: "reviewer@harborline.co",
  demo_password: "@P@",
  notes: "Use the demo account; the Ferries tab needs a booking, one is pre-loaded."
)
""", P=pw), pw, "https://docs.fastlane.tools/actions/deliver/#app-review-information")

add("fastlane-readme-md/decoy-placeholders", "fastlane/README.md", """
fastlane documentation
----

# Installation

Make sure you have the latest version of the Xcode command line tools installed:

```sh
xcode-select --install
```

# Secrets

Create `fastlane/.env.secret` (gitignored) with:

```sh
MATCH_PASSWORD=<the passphrase from 1Password "iOS certificates">
FASTLANE_APPLE_APPLICATION_SPECIFIC_PASSWORD=xxxx-xxxx-xxxx-xxxx
```

# Available Actions

### ios beta

```sh
[bundle exec] fastlane ios beta
```

Push a new beta build to TestFlight
""", None, "https://docs.fastlane.tools/")

add("match-encrypted-cert/decoy-ciphertext", "certs/distribution/7QX3K9D2LM.cer", "\n".join(wrap("U2FsdGVkX1" + rand(1800, B64), 76)) + "\n",
    None, "https://docs.fastlane.tools/actions/match/#encryption")

add("gemfile/decoy-plugins", "Gemfile", """
source "https://rubygems.org"

gem "fastlane", "~> 2.217"
gem "cocoapods", "~> 1.14"
gem "xcpretty"

plugins_path = File.join(File.dirname(__FILE__), 'fastlane', 'Pluginfile')
eval_gemfile(plugins_path) if File.exist?(plugins_path)
""", None, "https://docs.fastlane.tools/getting-started/ios/setup/#use-a-gemfile")

# ---------------------------------------------------------------------------------------------
# Google Play, Firebase service accounts, FCM
# ---------------------------------------------------------------------------------------------


def service_account(project: str, email_user: str, key: str) -> str:
    r = rng()
    return json.dumps({
        "type": "service_account",
        "project_id": project,
        "private_key_id": "".join(r.choice(HEX) for _ in range(40)),
        "private_key": key + "\n",
        "client_email": f"{email_user}@{project}.iam.gserviceaccount.com",
        "client_id": "".join(r.choice("0123456789") for _ in range(21)),
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_x509_cert_url": f"https://www.googleapis.com/robot/v1/metadata/x509/{email_user}%40{project}.iam.gserviceaccount.com",
        "universe_domain": "googleapis.com",
    }, indent=2) + "\n"


key = rsa_p8()
add("google-service-account-json/play-publisher", "fastlane/play-store-credentials.json",
    service_account("pc-api-6240157731221348590-117", "fastlane-supply", key), key_line(key),
    "https://docs.fastlane.tools/actions/supply/#setup")

key = rsa_p8()
add("google-service-account-json/firebase-adminsdk", "backend/secrets/harborline-prod-firebase-adminsdk-x1q9z.json",
    service_account("harborline-prod", "firebase-adminsdk-x1q9z", key), key_line(key),
    "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments")

key = rsa_p8()
sa_json = service_account("tidewatch-rtdn", "play-rtdn-verifier", key)
add("google-service-account-json/base64-in-env", "backend/.env.production", fill("""
DJANGO_SETTINGS_MODULE=tidewatch.settings.production
ALLOWED_HOSTS=api.tidewatch.io
DATABASE_URL=postgres://tidewatch@db.internal:5432/tidewatch
# Play Developer API (purchase verification), base64 of the service-account JSON
GOOGLE_PLAY_SERVICE_ACCOUNT_B64=@E@
""", E=b64(sa_json)), key_line(key), "https://developer.android.com/google/play/billing/getting-ready#configure-rtdn")

add("google-services-json/decoy-firebase-client-config", "android/app/google-services.json", fill("""
{
  "project_info": {
    "project_number": "@N@",
    "project_id": "brightbasket-prod",
    "storage_bucket": "brightbasket-prod.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:@N@:android:@G@",
        "android_client_info": { "package_name": "com.brightbasket.shop" }
      },
      "oauth_client": [
        { "client_id": "@N@-@C@.apps.googleusercontent.com", "client_type": 3 }
      ],
      "api_key": [
        { "current_key": "AIzaSy@K@" }
      ],
      "services": {
        "appinvite_service": { "other_platform_oauth_client": [] }
      }
    }
  ],
  "configuration_version": "1"
}
""", N=rand(12, "0123456789"), G=hexstr(16), C=rand(32, "abcdefghijklmnopqrstuvwxyz0123456789"), K=rand(33, ALNUM + "-_")), None,
    "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different")

add("firebase-json/decoy-hosting-config", "firebase.json", """
{
  "hosting": {
    "public": "web/build",
    "ignore": ["firebase.json", "**/.*", "**/node_modules/**"],
    "headers": [
      { "source": "/.well-known/assetlinks.json", "headers": [{ "key": "Content-Type", "value": "application/json" }] }
    ]
  },
  "functions": [{ "source": "functions", "codebase": "default", "runtime": "python311" }],
  "firestore": { "rules": "firestore.rules", "indexes": "firestore.indexes.json" },
  "emulators": { "auth": { "port": 9099 }, "firestore": { "port": 8080 }, "ui": { "enabled": true } }
}
""", None, "https://firebase.google.com/docs/cli#the_firebasejson_file")

tok = fcm_server_key()
add("python/fcm-legacy-server-key", "backend/app/push/fcm.py", fill('''
"""Send pushes through FCM (legacy HTTP API, kept until the v1 migration lands)."""
import logging

import requests

log = logging.getLogger(__name__)

FCM_URL = "https://fcm.googleapis.com/fcm/send"
FCM_SERVER_KEY = "@T@"


def send(device_token: str, title: str, body: str, data: dict | None = None) -> bool:
    payload = {"to": device_token, "notification": {"title": title, "body": body}, "data": data or {}}
    response = requests.post(
        FCM_URL,
        json=payload,
        headers={"Authorization": f"key={FCM_SERVER_KEY}", "Content-Type": "application/json"},
        timeout=10,
    )
    if response.status_code != 200:
        log.warning("fcm send failed: %s %s", response.status_code, response.text[:200])
    return response.ok
''', T=tok), tok, "https://firebase.google.com/docs/cloud-messaging/http-server-ref")

tok = fcm_server_key()
add("django-settings/push-notifications-fcm-key", "backend/tidewatch/settings/push.py", fill('''
"""django-push-notifications configuration."""
from .base import BASE_DIR

PUSH_NOTIFICATIONS_SETTINGS = {
    "FCM_API_KEY": "@T@",
    "APNS_AUTH_KEY_PATH": str(BASE_DIR / "certs" / "AuthKey_8KQ2J7ZL4M.p8"),
    "APNS_AUTH_KEY_ID": "8KQ2J7ZL4M",
    "APNS_TEAM_ID": "R2D2C3PO99",
    "APNS_TOPIC": "co.tidewatch.app",
    "APNS_USE_SANDBOX": False,
    "USER_MODEL": "accounts.User",
    "UPDATE_ON_DUPLICATE_REG_ID": True,
}
''', T=tok), tok, "https://github.com/jazzband/django-push-notifications#settings-list")

add("django-settings/decoy-push-from-env", "backend/parcelpal/settings/push.py", '''
"""Push settings; every credential comes from the environment (see deploy/README.md)."""
import os

PUSH_NOTIFICATIONS_SETTINGS = {
    "FCM_API_KEY": os.environ.get("FCM_API_KEY", ""),
    "APNS_AUTH_KEY_PATH": os.environ.get("APNS_AUTH_KEY_PATH", "/run/secrets/apns_auth_key.p8"),
    "APNS_AUTH_KEY_ID": os.environ.get("APNS_AUTH_KEY_ID"),
    "APNS_TEAM_ID": "K3L9M2N8P4",
    "APNS_TOPIC": "io.parcelpal.courier",
    "APNS_USE_SANDBOX": os.environ.get("APNS_SANDBOX", "0") == "1",
}
''', None, "https://github.com/jazzband/django-push-notifications")

# ---------------------------------------------------------------------------------------------
# Electron / desktop
# ---------------------------------------------------------------------------------------------

pw = word_pw()
add("electron-builder-yml/certificate-password", "apps/desktop/electron-builder.yml", fill("""
appId: app.quillnote.desktop
productName: Quillnote
copyright: Copyright © 2024 Quillnote Ltd
directories:
  output: dist
  buildResources: build
files:
  - "out/**/*"
  - "!**/*.map"
mac:
  category: public.app-category.productivity
  hardenedRuntime: true
  entitlements: build/entitlements.mac.plist
  notarize:
    teamId: H8Z2P4V6N1
win:
  target: nsis
  certificateFile: build/certs/quillnote-codesign.pfx
  certificatePassword: "@P@"
  publisherName: Quillnote Ltd
linux:
  target: [AppImage, deb]
publish:
  provider: github
  owner: quillnote
  repo: desktop
""", P=pw), pw, "https://www.electron.build/configuration/win")

add("electron-builder-yml/decoy-env-signing", "apps/editor/electron-builder.yml", """
appId: io.fieldnotes.editor
productName: Fieldnotes Editor
directories:
  output: release/${version}
mac:
  target: [dmg, zip]
  hardenedRuntime: true
  gatekeeperAssess: false
  # CSC_LINK / CSC_KEY_PASSWORD are provided by the CI environment
  notarize: true
win:
  target: [nsis]
  signingHashAlgorithms: [sha256]
  # WIN_CSC_LINK and WIN_CSC_KEY_PASSWORD come from GitHub Actions secrets
nsis:
  oneClick: false
  allowToChangeInstallationDirectory: true
publish:
  provider: s3
  bucket: fieldnotes-desktop-releases
  region: eu-west-1
""", None, "https://www.electron.build/code-signing")

pw = app_specific_pw()
add("javascript/electron-notarize-script", "apps/desktop/scripts/notarize.js", fill("""
const { notarize } = require('@electron/notarize');

exports.default = async function notarizing(context) {
  const { electronPlatformName, appOutDir } = context;
  if (electronPlatformName !== 'darwin') {
    return;
  }

  const appName = context.packager.appInfo.productFilename;

  return await notarize({
    tool: 'notarytool',
    appPath: `${appOutDir}/${appName}.app`,
    appleId: 'builds@quillnote.app',
    appleIdPassword: '@P@',
    teamId: 'H8Z2P4V6N1',
  });
};
""", P=pw), pw, "https://github.com/electron/notarize#usage-with-app-specific-password")

add("javascript/decoy-notarize-env", "apps/editor/build/notarize.cjs", """
require('dotenv').config();
const { notarize } = require('@electron/notarize');

exports.default = async function afterSign(context) {
  if (context.electronPlatformName !== 'darwin' || process.env.SKIP_NOTARIZE) return;
  const appName = context.packager.appInfo.productFilename;
  await notarize({
    tool: 'notarytool',
    appPath: `${context.appOutDir}/${appName}.app`,
    appleApiKey: process.env.APPLE_API_KEY,        // path to AuthKey_XXXXXXXXXX.p8
    appleApiKeyId: process.env.APPLE_API_KEY_ID,
    appleApiIssuer: process.env.APPLE_API_ISSUER,
  });
};
""", None, "https://github.com/electron/notarize#usage-with-app-store-connect-api-key")

pw = app_specific_pw()
add("forge-config-js/osx-notarize-password", "apps/clipper/forge.config.js", fill("""
module.exports = {
  packagerConfig: {
    asar: true,
    icon: './assets/icon',
    osxSign: {},
    osxNotarize: {
      tool: 'notarytool',
      appleId: 'dev@snipclip.io',
      appleIdPassword: '@P@',
      teamId: 'M4N5B6V7C8',
    },
  },
  rebuildConfig: {},
  makers: [
    { name: '@electron-forge/maker-squirrel', config: {} },
    { name: '@electron-forge/maker-zip', platforms: ['darwin'] },
    { name: '@electron-forge/maker-deb', config: {} },
  ],
  plugins: [{ name: '@electron-forge/plugin-auto-unpack-natives', config: {} }],
};
""", P=pw), pw, "https://www.electronforge.io/guides/code-signing/code-signing-macos")

add("electron-latest-yml/decoy-sha512", "apps/desktop/dist/latest.yml", fill("""
version: 3.2.0
files:
  - url: Quillnote-Setup-3.2.0.exe
    sha512: @A@
    size: 91844711
path: Quillnote-Setup-3.2.0.exe
sha512: @A@
releaseDate: '2024-02-14T10:32:51.207Z'
""", A=base64.b64encode(random.Random(seed()).randbytes(64)).decode()), None, "https://www.electron.build/auto-update")

add("electron-dev-app-update-yml/decoy", "apps/desktop/dev-app-update.yml", """
# Used by electron-updater when running unpackaged (npm run dev)
provider: github
owner: quillnote
repo: desktop
updaterCacheDirName: quillnote-updater
# private repos need GH_TOKEN in the environment; never put it here
""", None, "https://www.electron.build/auto-update#debugging")

add("plist/decoy-mac-entitlements", "apps/desktop/build/entitlements.mac.plist", """
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
  <dict>
    <key>com.apple.security.cs.allow-jit</key>
    <true/>
    <key>com.apple.security.cs.allow-unsigned-executable-memory</key>
    <true/>
    <key>com.apple.security.network.client</key>
    <true/>
  </dict>
</plist>
""", None, "https://www.electron.build/configuration/mac")

pw = word_pw()
add("powershell/signtool-pfx-password", "apps/desktop/build/sign-windows.ps1", fill("""
param(
    [Parameter(Mandatory = $true)][string]$File
)
$ErrorActionPreference = "Stop"

$signtool = "C:\\Program Files (x86)\\Windows Kits\\10\\bin\\10.0.22621.0\\x64\\signtool.exe"
$pfx = Join-Path $PSScriptRoot "certs\\quillnote-codesign.pfx"

& $signtool sign /fd SHA256 /f $pfx /p "@P@" `
    /tr http://timestamp.digicert.com /td SHA256 `
    /d "Quillnote" $File

if ($LASTEXITCODE -ne 0) { throw "signtool failed with $LASTEXITCODE" }
Write-Host "Signed $File"
""", P=pw), pw, "https://learn.microsoft.com/en-us/windows/win32/seccrypto/signtool")

pw = generic_pw()
add("tauri-conf-json/decoy-updater-pubkey", "apps/clipper-tauri/src-tauri/tauri.conf.json", fill("""
{
  "build": { "beforeBuildCommand": "npm run build", "devPath": "http://localhost:1420", "distDir": "../dist" },
  "package": { "productName": "Snipclip", "version": "0.9.4" },
  "tauri": {
    "bundle": {
      "active": true,
      "identifier": "io.snipclip.app",
      "windows": { "certificateThumbprint": "@T@", "digestAlgorithm": "sha256", "timestampUrl": "http://timestamp.comodoca.com" }
    },
    "updater": {
      "active": true,
      "endpoints": ["https://releases.snipclip.io/{{target}}/{{current_version}}"],
      "dialog": true,
      "pubkey": "@P@"
    }
  }
}
""", T=rand(40, "0123456789ABCDEF"), P=b64("untrusted comment: minisign public key " + rand(16, "0123456789ABCDEF") + "\n" + base64.b64encode(random.Random(seed()).randbytes(42)).decode() + "\n")), None,
    "https://tauri.app/v1/guides/distribution/updater")

tok = b64("untrusted comment: rsign encrypted secret key\n" + base64.b64encode(random.Random(seed()).randbytes(158)).decode() + "\n")
add("github-actions-workflow/tauri-signing-private-key", "apps/clipper-tauri/.github/workflows/release.yml", fill("""
name: release
on:
  push:
    tags: ["v*"]

jobs:
  build:
    strategy:
      matrix:
        platform: [macos-latest, ubuntu-22.04, windows-latest]
    runs-on: ${{ matrix.platform }}
    env:
      TAURI_PRIVATE_KEY: @K@
      TAURI_KEY_PASSWORD: ""
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-node@v4
        with:
          node-version: 20
      - uses: dtolnay/rust-toolchain@stable
      - run: npm ci
      - uses: tauri-apps/tauri-action@v0
        env:
          GITHUB_TOKEN: ${{ secrets.GITHUB_TOKEN }}
        with:
          tagName: v__VERSION__
          releaseName: Snipclip v__VERSION__
""", K=tok), tok, "https://tauri.app/v1/guides/distribution/updater#signing-updates")

# ---------------------------------------------------------------------------------------------
# Unity, Godot, game services
# ---------------------------------------------------------------------------------------------

pw = word_pw()
add("csharp/unity-build-script-keystore", "Assets/Editor/BuildScript.cs", fill("""
using System;
using System.Linq;
using UnityEditor;
using UnityEditor.Build.Reporting;
using UnityEngine;

public static class BuildScript
{
    [MenuItem("Build/Android Release")]
    public static void BuildAndroid()
    {
        PlayerSettings.Android.useCustomKeystore = true;
        PlayerSettings.Android.keystoreName = "Keystore/orbitracer.keystore";
        PlayerSettings.Android.keystorePass = "@P@";
        PlayerSettings.Android.keyaliasName = "orbitracer";
        PlayerSettings.Android.keyaliasPass = "@P@";
        EditorUserBuildSettings.buildAppBundle = true;

        var options = new BuildPlayerOptions
        {
            scenes = EditorBuildSettings.scenes.Where(s => s.enabled).Select(s => s.path).ToArray(),
            locationPathName = "Builds/Android/OrbitRacer.aab",
            target = BuildTarget.Android,
            options = BuildOptions.None,
        };
        BuildReport report = BuildPipeline.BuildPlayer(options);
        if (report.summary.result != BuildResult.Succeeded)
            throw new Exception("Android build failed: " + report.summary.totalErrors + " errors");
    }
}
""", P=pw), pw, "https://docs.unity3d.com/ScriptReference/PlayerSettings.Android-keystorePass.html")

add("csharp/decoy-unity-build-env", "Assets/Editor/CIBuild.cs", """
using System;
using UnityEditor;

public static class CIBuild
{
    // Called by game-ci/unity-builder with -executeMethod CIBuild.Android
    public static void Android()
    {
        PlayerSettings.Android.useCustomKeystore = true;
        PlayerSettings.Android.keystoreName = Environment.GetEnvironmentVariable("ANDROID_KEYSTORE_PATH");
        PlayerSettings.Android.keystorePass = Environment.GetEnvironmentVariable("ANDROID_KEYSTORE_PASS");
        PlayerSettings.Android.keyaliasName = Environment.GetEnvironmentVariable("ANDROID_KEYALIAS_NAME");
        PlayerSettings.Android.keyaliasPass = Environment.GetEnvironmentVariable("ANDROID_KEYALIAS_PASS");
        BuildPipeline.BuildPlayer(EditorBuildSettings.scenes, "build/Android/game.aab", BuildTarget.Android, BuildOptions.None);
    }
}
""", None, "https://game.ci/docs/github/builder#androidkeystorepass")

tok = rand(40, ALNUM)
add("csharp/playfab-developer-secret", "Server/CloudScripts/Admin/GrantRewards.cs", fill("""
using System.Threading.Tasks;
using PlayFab;
using PlayFab.ServerModels;

namespace OrbitRacer.Server.Admin
{
    public static class GrantRewards
    {
        static GrantRewards()
        {
            PlayFabSettings.staticSettings.TitleId = "7A3F2";
            PlayFabSettings.staticSettings.DeveloperSecretKey = "@T@";
        }

        public static async Task GrantSeasonPass(string playFabId)
        {
            var result = await PlayFabServerAPI.GrantItemsToUserAsync(new GrantItemsToUserRequest
            {
                PlayFabId = playFabId,
                CatalogVersion = "season-4",
                ItemIds = new() { "season_pass_s4" },
            });
            if (result.Error != null) throw new System.Exception(result.Error.GenerateErrorReport());
        }
    }
}
""", T=tok), tok, "https://learn.microsoft.com/en-us/gaming/playfab/api-references/secret-key-management")

tok = hexstr(40)
add("csharp/gameanalytics-secret-key", "Assets/Scripts/Analytics/AnalyticsBootstrap.cs", fill("""
using GameAnalyticsSDK;
using UnityEngine;

public class AnalyticsBootstrap : MonoBehaviour
{
    // Settings asset is not used on the dedicated server build, so keys are set here.
    private const string GameKey = "@G@";
    private const string SecretKey = "@T@";

    private void Awake()
    {
        DontDestroyOnLoad(gameObject);
        GameAnalytics.SettingsGA.Build[0] = Application.version;
        GameAnalytics.Initialize(GameKey, SecretKey);
    }
}
""", G=hexstr(32), T=tok), tok, "https://docs.gameanalytics.com/event-tracking-and-integrations/sdks-and-collection-api/collection-api")

add("unity-project-settings/decoy-guids", "ProjectSettings/ProjectSettings.asset", fill("""
%YAML 1.1
%TAG !u! tag:unity3d.com,2011:
--- !u!129 &1
PlayerSettings:
  m_ObjectHideFlags: 0
  serializedVersion: 26
  productGUID: @G@
  AndroidProfiler: 0
  companyName: Orbit Games
  productName: Orbit Racer
  defaultScreenWidth: 1920
  defaultScreenHeight: 1080
  bundleVersion: 1.8.3
  applicationIdentifier:
    Android: net.orbitgames.racer
    iPhone: net.orbitgames.racer
  AndroidBundleVersionCode: 183
  AndroidMinSdkVersion: 24
  AndroidTargetSdkVersion: 34
  androidUseCustomKeystore: 1
  AndroidKeystoreName: '{inproject}: Keystore/orbitracer.keystore'
  AndroidKeyaliasName: orbitracer
  cloudProjectId: @C@
  projectName: Orbit Racer
  organizationId: orbit-games
  cloudEnabled: 0
""", G=hexstr(32), C=uuid4()), None, "https://docs.unity3d.com/Manual/class-PlayerSettings.html")

add("unity-meta/decoy-guid", "Assets/Scripts/Analytics/AnalyticsBootstrap.cs.meta", fill("""
fileFormatVersion: 2
guid: @G@
MonoImporter:
  externalObjects: {}
  serializedVersion: 2
  defaultReferences: []
  executionOrder: 0
  icon: {instanceID: 0}
  userData: 
  assetBundleName: 
  assetBundleVariant: 
""", G=hexstr(32)), None, "https://docs.unity3d.com/Manual/AssetMetadata.html")

tok = npm_token()
add("upmconfig-toml/scoped-registry-token", "ci/unity/.upmconfig.toml", fill("""
# Unity Package Manager auth for the scoped registry in Packages/manifest.json
# CI copies this file to ~/.upmconfig.toml before running the editor.
[npmAuth."https://registry.npmjs.org"]
token = "@T@"
alwaysAuth = true
""", T=tok), tok, "https://docs.unity3d.com/Manual/upm-config-scoped.html")

add("unity-manifest-json/decoy-scoped-registry", "Packages/manifest.json", """
{
  "scopedRegistries": [
    {
      "name": "Orbit Games",
      "url": "https://registry.npmjs.org",
      "scopes": ["com.orbitgames"]
    }
  ],
  "dependencies": {
    "com.orbitgames.netcode-utils": "2.1.0",
    "com.unity.addressables": "1.21.19",
    "com.unity.inputsystem": "1.7.0",
    "com.unity.render-pipelines.universal": "14.0.9",
    "com.gameanalytics.sdk": "7.6.0"
  }
}
""", None, "https://docs.unity3d.com/Manual/upm-scoped.html")

pw = word_pw()
add("godot-export-presets/android-release-password", "game/export_presets.cfg", fill("""
[preset.0]

name="Android"
platform="Android"
runnable=true
custom_features=""
export_filter="all_resources"
include_filter=""
exclude_filter=""
export_path="../builds/android/lanternfall.apk"

[preset.0.options]

custom_template/debug=""
custom_template/release=""
keystore/debug="/home/ana/.android/debug.keystore"
keystore/debug_user="androiddebugkey"
keystore/debug_password="android"
keystore/release="/home/ana/keys/lanternfall-release.keystore"
keystore/release_user="lanternfall"
keystore/release_password="@P@"
version/code=14
version/name="1.4.0"
package/unique_name="com.emberfox.lanternfall"
package/name="Lanternfall"
""", P=pw), pw, "https://docs.godotengine.org/en/3.5/tutorials/export/exporting_for_android.html")

pw = generic_pw()
add("godot-export-credentials/release-password", "game/.godot/export_credentials.cfg", fill("""
[preset.0]

script_encryption_key=""

[preset.0.options]

keystore/debug="/home/ana/.android/debug.keystore"
keystore/debug_user="androiddebugkey"
keystore/debug_password="android"
keystore/release="/home/ana/keys/lanternfall-release.keystore"
keystore/release_user="lanternfall"
keystore/release_password="@P@"
""", P=pw), pw, "https://docs.godotengine.org/en/stable/tutorials/export/exporting_projects.html#export-presets")

add("godot-export-presets/decoy-empty-credentials", "demo/export_presets.cfg", """
[preset.0]

name="Web"
platform="Web"
runnable=true
export_path="../builds/web/index.html"
encryption_include_filters=""
encrypt_pck=false

[preset.0.options]

custom_template/debug=""
custom_template/release=""
variant/extensions_support=false
vram_texture_compression/for_desktop=true
html/export_icon=true
html/canvas_resize_policy=2
progressive_web_app/enabled=false
""", None, "https://docs.godotengine.org/en/stable/tutorials/export/exporting_for_web.html")

add("godot-project/decoy", "game/project.godot", """
; Engine configuration file.
; It's best edited using the editor UI and not directly,
; since the parameters that go here are not all obvious.

config_version=5

[application]

config/name="Lanternfall"
run/main_scene="res://scenes/main_menu.tscn"
config/features=PackedStringArray("4.2", "Mobile")
config/icon="res://icon.svg"

[autoload]

Analytics="*res://autoload/analytics.gd"
SaveSystem="*res://autoload/save_system.gd"

[rendering]

renderer/rendering_method="mobile"
textures/vram_compression/import_etc2_astc=true
""", None, "https://docs.godotengine.org/en/stable/classes/class_projectsettings.html")

tok = rand(32, HEX)
add("gdscript/leaderboard-secret", "game/autoload/analytics.gd", fill("""
extends Node

const LEADERBOARD_URL := "https://lb.emberfox.games/api/v1/scores"
const GAME_ID := "lanternfall"
# HMAC key the score server uses to reject forged submissions
const SCORE_SECRET := "@T@"

func submit_score(player: String, score: int) -> void:
	var body := JSON.stringify({"game": GAME_ID, "player": player, "score": score})
	var sig := HashingContext.new()
	sig.start(HashingContext.HASH_SHA256)
	sig.update((SCORE_SECRET + body).to_utf8_buffer())
	var headers := ["Content-Type: application/json", "X-Signature: " + sig.finish().hex_encode()]
	var http := HTTPRequest.new()
	add_child(http)
	http.request(LEADERBOARD_URL, headers, HTTPClient.METHOD_POST, body)
""", T=tok), tok, "https://docs.godotengine.org/en/stable/classes/class_httprequest.html")

add("steamcmd-vdf/decoy-app-build", "steam/app_build_2451870.vdf", """
"AppBuild"
{
	"AppID" "2451870"
	"Desc" "Lanternfall build from CI"
	"BuildOutput" "../output/"
	"ContentRoot" "../builds/"
	"SetLive" "beta"
	"Depots"
	{
		"2451871"
		{
			"FileMapping"
			{
				"LocalPath" "windows/*"
				"DepotPath" "."
				"recursive" "1"
			}
			"FileExclusion" "*.pdb"
		}
	}
}
""", None, "https://partner.steamgames.com/doc/sdk/uploading")

pw = word_pw()
add("shell/steamcmd-login-password", "steam/upload.sh", fill("""
#!/usr/bin/env bash
# Uploads the Windows depot to the beta branch.
# Steam Guard is disabled on the build account (see wiki/Build-Account).
set -euo pipefail
cd "$(dirname "$0")"

STEAMCMD=${STEAMCMD:-$HOME/steamcmd/steamcmd.sh}

"$STEAMCMD" +login emberfox_builder "@P@" \\
    +run_app_build "$(pwd)/app_build_2451870.vdf" \\
    +quit
""", P=pw), pw, "https://partner.steamgames.com/doc/sdk/uploading#Building_Depots")

tok = rand(40, string.ascii_lowercase + string.digits)
add("github-actions-workflow/butler-api-key", ".github/workflows/itch-release.yml", fill("""
name: itch.io release
on:
  push:
    tags: ["v*"]

jobs:
  export:
    runs-on: ubuntu-latest
    container: barichello/godot-ci:4.2.1
    env:
      BUTLER_API_KEY: @T@
      ITCH_GAME: emberfox/lanternfall
    steps:
      - uses: actions/checkout@v4
      - name: Export web build
        run: |
          mkdir -p build/web
          godot --headless --export-release "Web" build/web/index.html
      - name: Push to itch
        run: butler push build/web $ITCH_GAME:html5 --userversion ${GITHUB_REF_NAME#v}
""", T=tok), tok, "https://itch.io/docs/butler/login.html#running-butler-from-ci-builds-travis-ci-gitlab-ci-etc")

add("makefile/decoy-butler-env", "Makefile.itch", """
ITCH_USER ?= emberfox
ITCH_GAME ?= lanternfall
VERSION := $(shell git describe --tags --always)

.PHONY: web push-web
web:
	godot --headless --export-release "Web" build/web/index.html

# BUTLER_API_KEY must be exported (see `butler login` or the itch.io API keys page)
push-web: web
	@test -n "$$BUTLER_API_KEY" || (echo "BUTLER_API_KEY is not set" && exit 1)
	butler push build/web $(ITCH_USER)/$(ITCH_GAME):html5 --userversion $(VERSION)
""", None, "https://itch.io/docs/butler/pushing.html")

# ---------------------------------------------------------------------------------------------
# The Python backend beside the apps: settings, IAP verification, tests, fixtures, tooling
# ---------------------------------------------------------------------------------------------

tok = fakes.django_secret_key(seed())
add("django-settings/secret-key", "backend/harborline/settings/production.py", fill('''
from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "@T@"
ALLOWED_HOSTS = ["api.harborline.co", ".harborline.internal"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "harborline",
        "HOST": "db.harborline.internal",
        "USER": "harborline_app",
        "PASSWORD": os.environ["DB_PASSWORD"],
    }
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
''', T=tok), tok, "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

add("django-settings/decoy-test-settings", "backend/harborline/settings/test.py", '''
"""Settings for the test run only: nothing here is used outside pytest."""
from .base import *  # noqa: F401,F403

SECRET_KEY = "django-insecure-test-only-not-a-real-key"
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
DATABASES = {"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": ":memory:"}}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
APP_STORE_SHARED_SECRET = "test-shared-secret"
CELERY_TASK_ALWAYS_EAGER = True
''', None, "https://docs.djangoproject.com/en/5.0/topics/testing/overview/")

tok = hexstr(32)
add("python/app-store-shared-secret", "backend/harborline/billing/apple.py", fill('''
"""Apple receipt validation for the legacy (pre-StoreKit 2) clients."""
from __future__ import annotations

import requests

PRODUCTION_URL = "https://buy.itunes.apple.com/verifyReceipt"
SANDBOX_URL = "https://sandbox.itunes.apple.com/verifyReceipt"
APP_SHARED_SECRET = "@T@"


def verify_receipt(receipt_b64: str) -> dict:
    payload = {"receipt-data": receipt_b64, "password": APP_SHARED_SECRET, "exclude-old-transactions": True}
    response = requests.post(PRODUCTION_URL, json=payload, timeout=15)
    body = response.json()
    if body.get("status") == 21007:  # sandbox receipt sent to production
        body = requests.post(SANDBOX_URL, json=payload, timeout=15).json()
    return body
''', T=tok), tok, "https://developer.apple.com/documentation/appstorereceipts/requestbody")

key = ec_p8()
add("python/inline-app-store-connect-key", "backend/harborline/billing/app_store_server.py", fill('''
"""App Store Server API client (StoreKit 2 transactions)."""
import time

import jwt  # PyJWT

KEY_ID = "Q9W3E7R1T5"
ISSUER_ID = "57246542-96fe-1a63-e053-0824d011072a"
BUNDLE_ID = "co.harborline.app"
PRIVATE_KEY = """@K@"""


def bearer_token() -> str:
    now = int(time.time())
    claims = {"iss": ISSUER_ID, "iat": now, "exp": now + 1200, "aud": "appstoreconnect-v1", "bid": BUNDLE_ID}
    return jwt.encode(claims, PRIVATE_KEY, algorithm="ES256", headers={"kid": KEY_ID})
''', K=key), key, "https://developer.apple.com/documentation/appstoreserverapi/generating_json_web_tokens_for_api_requests")

add("python/decoy-app-store-key-from-file", "backend/parcelpal/billing/app_store_server.py", '''
"""App Store Server API client; the .p8 key is mounted from the secret store."""
import os
import time
from pathlib import Path

import jwt

KEY_ID = os.environ.get("ASC_KEY_ID", "")
ISSUER_ID = os.environ.get("ASC_ISSUER_ID", "")
KEY_PATH = Path(os.environ.get("ASC_KEY_PATH", "/run/secrets/asc_subscription_key.p8"))


def bearer_token() -> str:
    now = int(time.time())
    claims = {"iss": ISSUER_ID, "iat": now, "exp": now + 1200, "aud": "appstoreconnect-v1", "bid": "io.parcelpal.courier"}
    return jwt.encode(claims, KEY_PATH.read_text(), algorithm="ES256", headers={"kid": KEY_ID})
''', None, "https://developer.apple.com/documentation/appstoreserverapi/generating_json_web_tokens_for_api_requests")


def fake_jws() -> str:
    header = base64.urlsafe_b64encode(json.dumps({"alg": "ES256", "x5c": [rand(900, B64), rand(780, B64)]}).encode()).decode().rstrip("=")
    payload = base64.urlsafe_b64encode(json.dumps({
        "notificationType": "DID_RENEW", "notificationUUID": uuid4(),
        "data": {"bundleId": "co.harborline.app", "environment": "Sandbox", "signedTransactionInfo": "eyJhbGciOiJFUzI1NiJ9.e30.sig"},
        "version": "2.0", "signedDate": 1707400000000}).encode()).decode().rstrip("=")
    sig = base64.urlsafe_b64encode(random.Random(seed()).randbytes(64)).decode().rstrip("=")
    return f"{header}.{payload}.{sig}"


add("json-fixture/decoy-signed-notification", "backend/tests/fixtures/app_store/did_renew_notification.json", fill("""
{
  "description": "App Store Server Notification V2 captured from the sandbox, used by test_notifications.py",
  "headers": {
    "content-type": "application/json",
    "user-agent": "AppStore-Notifications/2.0"
  },
  "body": {
    "signedPayload": "@J@"
  },
  "expected": {
    "notificationType": "DID_RENEW",
    "environment": "Sandbox"
  }
}
""", J=fake_jws()), None, "https://developer.apple.com/documentation/appstoreservernotifications/responsebodyv2")

add("json-fixture/decoy-receipt-data", "backend/tests/fixtures/app_store/legacy_receipt.json", fill("""
{
  "receipt-data": "@R@",
  "password": "${APP_STORE_SHARED_SECRET}",
  "exclude-old-transactions": true,
  "_comment": "sandbox receipt of the test user; the shared secret is injected by conftest.py"
}
""", R="MIIT" + rand(1100, B64) + "=="), None, "https://developer.apple.com/documentation/appstorereceipts/requestbody")

add("django-fixture-json/decoy-password-hashes", "backend/accounts/fixtures/demo_users.json", fill("""
[
  {
    "model": "accounts.user",
    "pk": 1,
    "fields": {
      "email": "admin@harborline.co",
      "password": "pbkdf2_sha256$600000$@S1@$@H1@=",
      "is_staff": true,
      "is_superuser": true
    }
  },
  {
    "model": "accounts.user",
    "pk": 2,
    "fields": {
      "email": "reviewer@harborline.co",
      "password": "pbkdf2_sha256$600000$@S2@$@H2@=",
      "is_staff": false,
      "is_superuser": false
    }
  }
]
""", S1=rand(22), H1=rand(43, B64), S2=rand(22), H2=rand(43, B64)), None, "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords")

add("pytest-conftest/decoy-test-credentials", "backend/tests/conftest.py", '''
import pytest

# Fixed values for the tests; none of them is a real credential.
TEST_SHARED_SECRET = "0" * 32
TEST_FCM_KEY = "fake-fcm-server-key"
TEST_DEVICE_TOKEN = "a" * 64


@pytest.fixture(autouse=True)
def _billing_settings(settings):
    settings.APP_STORE_SHARED_SECRET = TEST_SHARED_SECRET
    settings.PUSH_NOTIFICATIONS_SETTINGS = {"FCM_API_KEY": TEST_FCM_KEY}


@pytest.fixture
def device(db, django_user_model):
    user = django_user_model.objects.create_user(email="t@example.com", password="pw")
    return user.devices.create(registration_id=TEST_DEVICE_TOKEN, platform="ios")
''', None, "https://docs.pytest.org/en/stable/reference/fixtures.html")

tok = fakes.aws_secret_key(seed())
kid = fakes.aws_key_id(seed())
add("python-test/hardcoded-aws-in-integration-test", "backend/tests/integration/test_media_upload.py", fill('''
"""Integration test against the real staging bucket (run with -m integration)."""
import boto3
import pytest

pytestmark = pytest.mark.integration

BUCKET = "harborline-staging-media"


@pytest.fixture(scope="module")
def s3():
    return boto3.client(
        "s3",
        region_name="eu-west-2",
        aws_access_key_id="@K@",
        aws_secret_access_key="@T@",
    )


def test_presigned_upload_roundtrip(s3):
    url = s3.generate_presigned_url("put_object", Params={"Bucket": BUCKET, "Key": "ci/probe.txt"}, ExpiresIn=60)
    assert url.startswith("https://")
''', K=kid, T=tok), tok, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html")

pw = fakes.redis_password(seed())
add("python/celery-broker-url", "backend/harborline/celery_config.py", fill('''
"""Celery settings (imported by harborline/celery.py)."""
broker_url = "rediss://default:@P@@harborline-cache.abc123.euw2.cache.amazonaws.com:6379/0?ssl_cert_reqs=required"
result_backend = None
task_acks_late = True
task_default_queue = "default"
task_routes = {
    "harborline.push.tasks.*": {"queue": "push"},
    "harborline.billing.tasks.*": {"queue": "billing"},
}
worker_prefetch_multiplier = 1
beat_schedule = {
    "expire-subscriptions": {"task": "harborline.billing.tasks.expire", "schedule": 900.0},
}
''', P=pw), pw, "https://docs.celeryq.dev/en/stable/userguide/configuration.html#broker-url")

pw = word_pw()
add("alembic-ini/sqlalchemy-url-password", "backend/alembic.ini", fill("""
# A generic, single database configuration.

[alembic]
script_location = migrations
prepend_sys_path = .
version_path_separator = os

sqlalchemy.url = postgresql+psycopg://tidewatch:@P@@tidewatch-prod.cluster-c9x2.ap-southeast-2.rds.amazonaws.com:5432/tidewatch

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
""", P=pw), pw, "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file")

add("alembic-ini/decoy-env-interpolation", "services/leaderboard/alembic.ini", """
[alembic]
script_location = migrations
# the URL is filled in by migrations/env.py from LEADERBOARD_DATABASE_URL
sqlalchemy.url = driver://user:pass@localhost/dbname

[loggers]
keys = root,alembic

[handlers]
keys = console

[formatters]
keys = generic

[logger_root]
level = WARN
handlers = console

[logger_alembic]
level = INFO
handlers =
qualname = alembic
""", None, "https://alembic.sqlalchemy.org/en/latest/tutorial.html")

tok = rand(43, ALNUM + "-_")
add("pydantic-settings/default-secret", "services/leaderboard/app/config.py", fill('''
from functools import lru_cache

from pydantic import Field
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LB_", env_file=".env")

    database_url: str = "postgresql+asyncpg://leaderboard@localhost/leaderboard"
    score_hmac_secret: str = Field(default="@T@")
    steam_web_api_key: str = Field(default="")
    max_scores_per_minute: int = 30


@lru_cache
def get_settings() -> Settings:
    return Settings()
''', T=tok), tok, "https://docs.pydantic.dev/latest/concepts/pydantic_settings/")

add("pydantic-settings/decoy-secretstr", "services/matchmaker/app/config.py", '''
from pydantic import SecretStr
from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    """All secrets are required and read from the environment (MM_*)."""

    model_config = SettingsConfigDict(env_prefix="MM_")

    redis_url: str = "redis://localhost:6379/0"
    steam_web_api_key: SecretStr
    playfab_secret_key: SecretStr
    jwt_signing_key: SecretStr
    region: str = "eu-central"
''', None, "https://docs.pydantic.dev/latest/api/types/#pydantic.types.SecretStr")

tok = rand(32, "0123456789ABCDEF")
add("python/steam-web-api-key", "services/leaderboard/app/steam.py", fill('''
"""Verify Steam session tickets sent by the game client."""
import httpx

STEAM_APP_ID = 2451870
# publisher Web API key (Steamworks > Users & Permissions > Manage Groups)
STEAM_WEB_API_KEY = "@T@"
AUTH_URL = "https://partner.steam-api.com/ISteamUserAuth/AuthenticateUserTicket/v1/"


async def steam_id_for_ticket(ticket_hex: str) -> str | None:
    params = {"key": STEAM_WEB_API_KEY, "appid": STEAM_APP_ID, "ticket": ticket_hex}
    async with httpx.AsyncClient(timeout=10) as client:
        response = await client.get(AUTH_URL, params=params)
    params = response.json().get("response", {}).get("params")
    return params["steamid"] if params and params.get("result") == "OK" else None
''', T=tok), tok, "https://partner.steamgames.com/doc/webapi/ISteamUserAuth")

tok = slack_bot()
add("python/slack-release-notifier", "tools/release/notify.py", fill('''
#!/usr/bin/env python3
"""Post the build number and store links to #releases after a successful upload."""
import argparse

from slack_sdk import WebClient

client = WebClient(token="@T@")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--platform", choices=["ios", "android", "desktop"], required=True)
    parser.add_argument("--version", required=True)
    args = parser.parse_args()
    client.chat_postMessage(channel="#releases", text=f":rocket: {args.platform} {args.version} uploaded")


if __name__ == "__main__":
    main()
''', T=tok), tok, "https://slack.dev/python-slack-sdk/web/index.html")

key = rsa_p8()
add("python/play-upload-inline-service-account", "tools/release/play_upload.py", fill('''
"""Upload an .aab to the internal track with the Play Developer API."""
import sys

from google.oauth2 import service_account
from googleapiclient.discovery import build
from googleapiclient.http import MediaFileUpload

PACKAGE = "com.brightbasket.shop"
SERVICE_ACCOUNT_INFO = {
    "type": "service_account",
    "project_id": "brightbasket-release",
    "private_key_id": "@I@",
    "private_key": "@K@\\n",
    "client_email": "play-upload@brightbasket-release.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
}


def main(aab: str) -> None:
    creds = service_account.Credentials.from_service_account_info(
        SERVICE_ACCOUNT_INFO, scopes=["https://www.googleapis.com/auth/androidpublisher"])
    api = build("androidpublisher", "v3", credentials=creds)
    edit = api.edits().insert(packageName=PACKAGE, body={}).execute()
    bundle = api.edits().bundles().upload(packageName=PACKAGE, editId=edit["id"], media_body=MediaFileUpload(aab, mimetype="application/octet-stream")).execute()
    api.edits().tracks().update(packageName=PACKAGE, editId=edit["id"], track="internal",
                                body={"releases": [{"versionCodes": [bundle["versionCode"]], "status": "completed"}]}).execute()
    api.edits().commit(packageName=PACKAGE, editId=edit["id"]).execute()


if __name__ == "__main__":
    main(sys.argv[1])
''', I=hexstr(40), K=key.replace("\n", "\\\\n")), key_line(key), "https://developers.google.com/android-publisher/api-ref/rest/v3/edits.bundles/upload")

tok = fakes.pypi_token(seed())
add("pypirc/pypi-token", "tools/sdk-python/.pypirc", fill("""
[distutils]
index-servers =
    pypi
    testpypi

[pypi]
username = __token__
password = @T@

[testpypi]
repository = https://test.pypi.org/legacy/
username = __token__
""", T=tok), tok, "https://packaging.python.org/en/latest/specifications/pypirc/")

pw = generic_pw()
add("requirements-txt/extra-index-credentials", "backend/requirements.txt", fill("""
--extra-index-url https://deploy:@P@@pypi.harborline.internal/simple/
Django==5.0.2
djangorestframework==3.14.0
django-push-notifications==3.0.2
celery[redis]==5.3.6
requests==2.31.0
PyJWT[crypto]==2.8.0
harborline-common==1.12.0
gunicorn==21.2.0
sentry-sdk==1.40.4
""", P=pw), pw, "https://pip.pypa.io/en/stable/reference/requirements-file-format/#supported-options")

add("requirements-txt/decoy-hashes", "services/leaderboard/requirements.lock", fill("""
#
# This file is autogenerated by pip-compile with Python 3.11
# by the following command:
#
#    pip-compile --generate-hashes requirements.in
#
anyio==4.2.0 \\
    --hash=sha256:@A@ \\
    --hash=sha256:@B@
    # via httpx
fastapi==0.109.2 \\
    --hash=sha256:@C@
    # via -r requirements.in
httpx==0.26.0 \\
    --hash=sha256:@D@
    # via -r requirements.in
""", A=hexstr(64), B=hexstr(64), C=hexstr(64), D=hexstr(64)), None, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode")

pw = generic_pw()
add("pip-conf/index-url-credentials", "ci/pip.conf", fill("""
[global]
index-url = https://mobile-ci:@P@@nexus.lumenfit.io/repository/pypi-all/simple
trusted-host = nexus.lumenfit.io
timeout = 60
disable-pip-version-check = true
""", P=pw), pw, "https://pip.pypa.io/en/stable/topics/configuration/")

add("pyproject-toml/decoy-tool-config", "backend/pyproject.toml", """
[project]
name = "harborline-backend"
version = "2024.2.0"
requires-python = ">=3.11"

[tool.pytest.ini_options]
DJANGO_SETTINGS_MODULE = "harborline.settings.test"
addopts = "-ra --strict-markers"
markers = ["integration: needs staging credentials from the environment"]
env = [
    "APP_STORE_SHARED_SECRET=dummy",
    "FCM_API_KEY=dummy",
]

[tool.ruff]
line-length = 110
target-version = "py311"
""", None, "https://docs.pytest.org/en/stable/reference/customize.html#pyproject-toml")

tok = twilio_sid()
auth = hexstr(32)
add("python/twilio-otp-auth-token", "backend/harborline/auth/sms.py", fill('''
"""One-time codes by SMS for phone sign-in."""
from twilio.rest import Client

ACCOUNT_SID = "@S@"
AUTH_TOKEN = "@T@"
VERIFY_SERVICE_SID = "VA@V@"

_client = Client(ACCOUNT_SID, AUTH_TOKEN)


def send_code(phone: str) -> str:
    verification = _client.verify.v2.services(VERIFY_SERVICE_SID).verifications.create(to=phone, channel="sms")
    return verification.status


def check_code(phone: str, code: str) -> bool:
    check = _client.verify.v2.services(VERIFY_SERVICE_SID).verification_checks.create(to=phone, code=code)
    return check.status == "approved"
''', S=tok, T=auth, V=hexstr(32)), auth, "https://www.twilio.com/docs/verify/api")

tok = fakes.telegram_token(seed())
add("python/telegram-crash-alert-bot", "tools/crash_digest/bot.py", fill('''
"""Posts the nightly Crashlytics digest to the team's Telegram group."""
import os

import requests

BOT_TOKEN = "@T@"
CHAT_ID = -1001874629310


def post(text: str) -> None:
    requests.post(
        f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
        data={"chat_id": CHAT_ID, "text": text, "parse_mode": "Markdown"},
        timeout=10,
    )


if __name__ == "__main__":
    post(open(os.environ.get("DIGEST_FILE", "digest.md")).read())
''', T=tok), tok, "https://core.telegram.org/bots/api#sendmessage")

pw = word_pw()
add("jupyter-notebook/output-connection-string", "analytics/notebooks/retention.ipynb", json.dumps({
    "cells": [
        {"cell_type": "markdown", "metadata": {}, "source": ["# D7 retention by acquisition channel"]},
        {"cell_type": "code", "execution_count": 3, "metadata": {},
         "outputs": [{"name": "stdout", "output_type": "stream",
                      "text": [f"engine: postgresql://analyst:{pw}@replica.harborline.internal:5432/harborline\n",
                               "rows: 48211\n"]}],
         "source": ["engine = sqlalchemy.create_engine(os.environ['ANALYTICS_DB_URL'])\n",
                    "print('engine:', engine.url.render_as_string(hide_password=False))\n",
                    "df = pd.read_sql(QUERY, engine)\n", "print('rows:', len(df))"]},
    ],
    "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                 "language_info": {"name": "python", "version": "3.11.7"}},
    "nbformat": 4, "nbformat_minor": 5}, indent=1) + "\n", pw, "https://nbformat.readthedocs.io/en/latest/format_description.html")

tok = fakes.aws_secret_key(seed())
add("python/boto3-temporary-credentials", "tools/crash_digest/fetch_dsyms.py", fill('''
"""Fetch dSYMs from the build bucket for symbolication (temporary creds from `aws sts`)."""
import boto3

session = boto3.Session(
    aws_access_key_id="ASIA@I@",
    aws_secret_access_key="@T@",
    aws_session_token="@S@",
    region_name="eu-west-2",
)
s3 = session.client("s3")

for obj in s3.list_objects_v2(Bucket="harborline-dsyms", Prefix="5.3.0/").get("Contents", []):
    s3.download_file("harborline-dsyms", obj["Key"], obj["Key"].split("/")[-1])
''', I=rand(16, string.ascii_uppercase + "234567"), S=fakes.aws_session_token(seed()), T=tok), tok,
    "https://docs.aws.amazon.com/STS/latest/APIReference/API_GetSessionToken.html")

# ---------------------------------------------------------------------------------------------
# Mobile CI: Codemagic, Bitrise, App Center, Xcode Cloud, GitHub Actions, GitLab, Jenkins
# ---------------------------------------------------------------------------------------------

pw = word_pw()
add("codemagic-yaml/keystore-password", "codemagic.yaml", fill("""
workflows:
  android-release:
    name: Android release
    instance_type: mac_mini_m2
    max_build_duration: 60
    environment:
      flutter: stable
      android_signing:
        - tidewatch_upload
      vars:
        PACKAGE_NAME: "io.tidewatch.app"
        CM_KEYSTORE_PATH: /tmp/keystore.jks
        CM_KEY_ALIAS: upload
        CM_KEYSTORE_PASSWORD: "@P@"
        CM_KEY_PASSWORD: "@P@"
    scripts:
      - name: Set up key.properties
        script: |
          cat >> "$CM_BUILD_DIR/android/key.properties" <<EOF
          storePassword=$CM_KEYSTORE_PASSWORD
          keyPassword=$CM_KEY_PASSWORD
          keyAlias=$CM_KEY_ALIAS
          storeFile=$CM_KEYSTORE_PATH
          EOF
      - name: Build AAB
        script: flutter build appbundle --release --build-number=$PROJECT_BUILD_NUMBER
    artifacts:
      - build/**/outputs/**/*.aab
""", P=pw), pw, "https://docs.codemagic.io/yaml-code-signing/signing-android/")

add("codemagic-yaml/decoy-groups", "apps/expo/codemagic.yaml", """
workflows:
  ios-release:
    name: iOS release
    instance_type: mac_mini_m2
    integrations:
      app_store_connect: Fieldnotes ASC key
    environment:
      groups:
        - sentry_credentials     # SENTRY_AUTH_TOKEN
        - firebase_credentials   # FIREBASE_TOKEN
      ios_signing:
        distribution_type: app_store
        bundle_identifier: io.fieldnotes.app
      vars:
        XCODE_WORKSPACE: "ios/Fieldnotes.xcworkspace"
        XCODE_SCHEME: "Fieldnotes"
    scripts:
      - name: Install pods
        script: cd ios && pod install
      - name: Build ipa
        script: xcode-project build-ipa --workspace "$XCODE_WORKSPACE" --scheme "$XCODE_SCHEME"
    publishing:
      app_store_connect:
        auth: integration
        submit_to_testflight: true
""", None, "https://docs.codemagic.io/yaml-basic-configuration/configuring-environment-variables/")

tok = fakes.github_fine_grained_token(seed())
add("codemagic-yaml/private-pub-token", "packages/codemagic.yaml", fill("""
workflows:
  packages-test:
    name: Dart packages
    instance_type: linux_x2
    environment:
      flutter: 3.16.9
      vars:
        PUB_HOSTED_URL: https://pub.dev
        GIT_PRIVATE_DEPS_TOKEN: @T@
    scripts:
      - name: Git credentials for private git dependencies
        script: |
          git config --global url."https://x-access-token:${GIT_PRIVATE_DEPS_TOKEN}@github.com/".insteadOf "https://github.com/"
      - name: Test
        script: |
          for pkg in packages/*; do (cd "$pkg" && flutter pub get && flutter test); done
""", T=tok), tok, "https://docs.codemagic.io/yaml-basic-configuration/configuring-environment-variables/")

pw = generic_pw()
add("bitrise-yml/app-env-password", "bitrise.yml", fill("""
---
format_version: '13'
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: android
app:
  envs:
  - PROJECT_LOCATION: "."
  - MODULE: app
  - VARIANT: release
  - NEXUS_USER: android-ci
  - NEXUS_PASSWORD: "@P@"
workflows:
  deploy:
    steps:
    - activate-ssh-key@4: {}
    - git-clone@8: {}
    - install-missing-android-tools@3:
        inputs:
        - gradlew_path: "$PROJECT_LOCATION/gradlew"
    - android-build@1:
        inputs:
        - project_location: "$PROJECT_LOCATION"
        - module: "$MODULE"
        - variant: "$VARIANT"
        - build_type: aab
    - sign-apk@1: {}
    - deploy-to-bitrise-io@2: {}
""", P=pw), pw, "https://devcenter.bitrise.io/en/builds/environment-variables.html")

tok = slack_webhook()
add("bitrise-secrets-yml/slack-webhook", ".bitrise.secrets.yml", fill("""
# Local secrets for `bitrise run` on a developer machine.
# Listed in .gitignore in the template project, committed here by mistake.
envs:
- SLACK_WEBHOOK_URL: @T@
- BITRISEIO_ANDROID_KEYSTORE_ALIAS: parcelpal
- GRADLE_OPTS: "-Xmx3g"
""", T=tok), tok, "https://devcenter.bitrise.io/en/bitrise-cli/managing-secrets-locally.html")

add("bitrise-yml/decoy-generated-secrets", "apps/mobile/bitrise.yml", """
---
format_version: '13'
default_step_lib_source: https://github.com/bitrise-io/bitrise-steplib.git
project_type: react-native
workflows:
  release:
    steps:
    - git-clone@8: {}
    - yarn@0:
        inputs:
        - command: install --frozen-lockfile
    - android-build@1:
        inputs:
        - variant: release
    - sign-apk@1:
        inputs:
        - keystore_url: "$BITRISEIO_ANDROID_KEYSTORE_URL"
        - keystore_password: "$BITRISEIO_ANDROID_KEYSTORE_PASSWORD"
        - keystore_alias: "$BITRISEIO_ANDROID_KEYSTORE_ALIAS"
        - private_key_password: "$BITRISEIO_ANDROID_KEYSTORE_PRIVATE_KEY_PASSWORD"
    - google-play-deploy@3:
        inputs:
        - service_account_json_key_path: "$BITRISEIO_SERVICE_ACCOUNT_JSON_KEY_URL"
        - package_name: io.parcelpal.courier
        - track: internal
""", None, "https://bitrise.io/integrations/steps/sign-apk")

pw = pass_phrase()
add("shell/appcenter-post-clone", "apps/mobile/android/app/appcenter-post-clone.sh", fill("""
#!/usr/bin/env bash
# App Center runs this right after cloning the repository.
set -e

echo "Writing keystore.properties"
cat > "$APPCENTER_SOURCE_DIRECTORY/apps/mobile/android/keystore.properties" <<EOF
storeFile=release.keystore
keyAlias=courier
storePassword=@P@
keyPassword=@P@
EOF

echo "Installing JS dependencies"
cd "$APPCENTER_SOURCE_DIRECTORY/apps/mobile"
yarn install --frozen-lockfile
""", P=pw), pw, "https://learn.microsoft.com/en-us/appcenter/build/custom/scripts/")

add("shell/decoy-appcenter-pre-build", "apps/mobile/ios/appcenter-pre-build.sh", """
#!/usr/bin/env bash
# App Center pre-build: write the Sentry config from the build's environment variables.
set -euo pipefail

if [ -z "${SENTRY_AUTH_TOKEN:-}" ]; then
  echo "SENTRY_AUTH_TOKEN not set, skipping sourcemap upload"
  exit 0
fi

cat > sentry.properties <<EOF
defaults.org=parcelpal
defaults.project=courier-ios
auth.token=${SENTRY_AUTH_TOKEN}
EOF
""", None, "https://learn.microsoft.com/en-us/appcenter/build/custom/scripts/")

tok = gitlab_pat()
add("shell/xcode-cloud-post-clone", "ios/ci_scripts/ci_post_clone.sh", fill("""
#!/bin/sh
# Xcode Cloud: runs after the repository is cloned.
set -e

# Access to the private Swift packages on gitlab.harborline.co
git config --global url."https://oauth2:@T@@gitlab.harborline.co/".insteadOf "https://gitlab.harborline.co/"

brew install cocoapods
cd "$CI_PRIMARY_REPOSITORY_PATH/ios"
pod install
""", T=tok), tok, "https://developer.apple.com/documentation/xcode/writing-custom-build-scripts")

add("github-actions-workflow/decoy-keystore-from-secrets", ".github/workflows/android.yml", """
name: Android release
on:
  workflow_dispatch:
  push:
    tags: ["android-v*"]

jobs:
  bundle:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-java@v4
        with:
          distribution: temurin
          java-version: "17"
      - name: Decode keystore
        run: echo "${{ secrets.ANDROID_KEYSTORE_BASE64 }}" | base64 -d > android/app/release.jks
      - name: Build bundle
        env:
          RELEASE_STORE_PASSWORD: ${{ secrets.RELEASE_STORE_PASSWORD }}
          RELEASE_KEY_PASSWORD: ${{ secrets.RELEASE_KEY_PASSWORD }}
        run: ./gradlew bundleRelease
      - uses: r0adkll/upload-google-play@v1
        with:
          serviceAccountJsonPlainText: ${{ secrets.PLAY_SERVICE_ACCOUNT_JSON }}
          packageName: com.brightbasket.shop
          releaseFiles: android/app/build/outputs/bundle/release/app-release.aab
          track: internal
""", None, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

tok = firebase_ci_token()
add("github-actions-workflow/firebase-token", ".github/workflows/distribute-qa.yml", fill("""
name: QA distribution
on:
  push:
    branches: [develop]

env:
  FIREBASE_TOKEN: "@T@"
  FIREBASE_APP_ID: 1:418822907731:android:5c2e9f0ab7d14e6a

jobs:
  qa:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: subosito/flutter-action@v2
        with:
          channel: stable
      - run: flutter build apk --flavor qa -t lib/main_qa.dart
      - run: npm install -g firebase-tools
      - run: firebase appdistribution:distribute build/app/outputs/flutter-apk/app-qa-release.apk --app "$FIREBASE_APP_ID" --groups qa-team
""", T=tok), tok, "https://firebase.google.com/docs/cli#cli-ci-systems")

key = ec_p8()
add("gitlab-ci-yml/app-store-connect-key-variable", ".gitlab-ci.yml", fill("""
stages: [test, build, deploy]

variables:
  LC_ALL: "en_US.UTF-8"
  ASC_KEY_ID: "8KQ2J7ZL4M"
  ASC_ISSUER_ID: "69a6de7f-7a3b-47e3-e053-5b8c7c11a4d1"
  ASC_KEY_CONTENT: |
    @K@

test:
  stage: test
  tags: [macos]
  script:
    - bundle exec fastlane ios test

testflight:
  stage: deploy
  tags: [macos]
  only: [tags]
  script:
    - bundle exec fastlane ios beta
""", K=key.replace("\n", "\n    ")), key, "https://docs.gitlab.com/ee/ci/variables/#define-a-cicd-variable-in-the-gitlab-ciyml-file")

add("jenkinsfile/decoy-credentials-binding", "Jenkinsfile", """
pipeline {
    agent { label 'macos' }
    environment {
        FASTLANE_SKIP_UPDATE_CHECK = '1'
        MATCH_PASSWORD = credentials('ios-match-password')
        ASC_KEY = credentials('asc-api-key-json')
    }
    stages {
        stage('Test') {
            steps { sh 'bundle exec fastlane ios test' }
        }
        stage('Beta') {
            when { branch 'main' }
            steps {
                withCredentials([string(credentialsId: 'slack-webhook', variable: 'SLACK_URL')]) {
                    sh 'bundle exec fastlane ios beta'
                }
            }
        }
    }
}
""", None, "https://www.jenkins.io/doc/book/pipeline/jenkinsfile/#handling-credentials")

tok = hexstr(32)
add("azure-pipelines-yml/datadog-api-key", "azure-pipelines.yml", fill("""
trigger:
  branches:
    include: [main]

pool:
  vmImage: macos-14

variables:
  configuration: Release
  DD_API_KEY: @T@
  DD_SITE: datadoghq.eu

steps:
  - task: Xcode@5
    inputs:
      actions: build
      scheme: Quillnote
      sdk: macosx
      configuration: $(configuration)
      xcWorkspacePath: desktop/Quillnote.xcworkspace
  - script: |
      npx @datadog/datadog-ci dsyms upload build/Build/Products/Release
    displayName: Upload dSYMs to Datadog
""", T=tok), tok, "https://docs.datadoghq.com/real_user_monitoring/error_tracking/ios/")

add("circleci-config/decoy-contexts", ".circleci/config.yml", """
version: 2.1

orbs:
  android: circleci/android@2.4.0

jobs:
  unit-test:
    executor:
      name: android/android-docker
      tag: 2024.01.1
    steps:
      - checkout
      - android/restore-gradle-cache
      - run: ./gradlew testDebugUnitTest
      - android/save-gradle-cache

workflows:
  test-and-release:
    jobs:
      - unit-test
      - android/run-ui-tests:
          context: [play-store, signing]   # secrets live in the CircleCI contexts
          requires: [unit-test]
""", None, "https://circleci.com/docs/contexts/")

# ---------------------------------------------------------------------------------------------
# Deployment of the backend: containers, Kubernetes, Terraform, process managers
# ---------------------------------------------------------------------------------------------

pw = word_pw()
add("docker-compose/postgres-password", "deploy/docker-compose.prod.yml", fill("""
services:
  api:
    image: registry.harborline.co/backend:2024.2.0
    env_file: .env.production
    depends_on: [db, redis]
    ports: ["8000:8000"]
  worker:
    image: registry.harborline.co/backend:2024.2.0
    command: celery -A harborline worker -Q default,push,billing
    env_file: .env.production
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: harborline
      POSTGRES_USER: harborline_app
      POSTGRES_PASSWORD: "@P@"
    volumes: ["pgdata:/var/lib/postgresql/data"]
  redis:
    image: redis:7-alpine
volumes:
  pgdata:
""", P=pw), pw, "https://hub.docker.com/_/postgres")

add("docker-compose/decoy-local-dev-defaults", "backend/docker-compose.yml", """
# Local development only. These throwaway values never leave your laptop.
services:
  db:
    image: postgres:16
    environment:
      POSTGRES_DB: tidewatch
      POSTGRES_USER: postgres
      POSTGRES_PASSWORD: postgres  # local dev default
    ports: ["5432:5432"]
  redis:
    image: redis:7-alpine
    ports: ["6379:6379"]
  api:
    build: .
    command: python manage.py runserver 0.0.0.0:8000
    environment:
      DATABASE_URL: postgres://postgres:postgres@db:5432/tidewatch
      DJANGO_SECRET_KEY: dev-only-insecure-key
    depends_on: [db, redis]
""", None, "https://docs.docker.com/compose/environment-variables/set-environment-variables/")

tok = sendgrid()
add("dockerfile/env-api-key", "services/mailer/Dockerfile", fill("""
FROM python:3.11-slim AS base

ENV PYTHONDONTWRITEBYTECODE=1 \\
    PYTHONUNBUFFERED=1 \\
    SENDGRID_API_KEY=@T@ \\
    MAIL_FROM=no-reply@harborline.co

WORKDIR /app
COPY requirements.txt .
RUN pip install --no-cache-dir -r requirements.txt
COPY . .

USER 10001
CMD ["gunicorn", "mailer.app:app", "-b", "0.0.0.0:8080", "-w", "2"]
""", T=tok), tok, "https://docs.docker.com/reference/dockerfile/#env")

add("dockerfile/decoy-build-secret-mount", "backend/Dockerfile", """
# syntax=docker/dockerfile:1.6
FROM python:3.11-slim

WORKDIR /app
COPY requirements.txt .
# the private index credentials are a BuildKit secret, not a layer
RUN --mount=type=secret,id=pip_conf,target=/etc/pip.conf \\
    pip install --no-cache-dir -r requirements.txt
COPY . .
ENV DJANGO_SETTINGS_MODULE=harborline.settings.production
ARG SENTRY_RELEASE
ENV SENTRY_RELEASE=${SENTRY_RELEASE}
CMD ["gunicorn", "harborline.wsgi", "-b", "0.0.0.0:8000"]
""", None, "https://docs.docker.com/build/building/secrets/")

tok = stripe_secret()
add("k8s-secret/base64-data", "deploy/k8s/billing-secret.yaml", fill("""
apiVersion: v1
kind: Secret
metadata:
  name: billing
  namespace: harborline
  labels:
    app.kubernetes.io/part-of: harborline
type: Opaque
data:
  STRIPE_SECRET_KEY: @E@
  STRIPE_ACCOUNT: @A@
""", E=b64(tok), A=b64("acct_1Nf3aQ2eXaMpLe")), tok, "https://kubernetes.io/docs/concepts/configuration/secret/")

add("sealed-secret/decoy-ciphertext", "deploy/k8s/push-sealedsecret.yaml", fill("""
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: push
  namespace: harborline
spec:
  encryptedData:
    FCM_API_KEY: Ag@A@
    APNS_AUTH_KEY: Ag@B@
  template:
    metadata:
      name: push
      namespace: harborline
    type: Opaque
""", A=rand(700, B64), B=rand(900, B64)), None, "https://github.com/bitnami-labs/sealed-secrets")

add("sops-yaml/decoy-encrypted-values", "deploy/secrets/prod.enc.yaml", fill("""
apple:
    shared_secret: ENC[AES256_GCM,data:@A@,iv:@I@,tag:@T@,type:str]
fcm:
    server_key: ENC[AES256_GCM,data:@B@,iv:@J@,tag:@U@,type:str]
sops:
    kms:
        - arn: arn:aws:kms:eu-west-2:123456789012:key/0f9d3c2a-1b4e-4a7f-9c6d-2e8b5a1f3c70
          created_at: "2024-02-01T09:12:44Z"
          enc: AQICAHh@K@
          aws_profile: ""
    lastmodified: "2024-02-01T09:12:45Z"
    mac: ENC[AES256_GCM,data:@M@,iv:@N@,tag:@O@,type:str]
    unencrypted_suffix: _unencrypted
    version: 3.8.1
""", A=base64.b64encode(random.Random(seed()).randbytes(32)).decode(), I=base64.b64encode(random.Random(seed()).randbytes(32)).decode(),
     T=base64.b64encode(random.Random(seed()).randbytes(16)).decode(), B=base64.b64encode(random.Random(seed()).randbytes(150)).decode(),
     J=base64.b64encode(random.Random(seed()).randbytes(32)).decode(), U=base64.b64encode(random.Random(seed()).randbytes(16)).decode(),
     K=rand(200, B64), M=base64.b64encode(random.Random(seed()).randbytes(64)).decode(), N=base64.b64encode(random.Random(seed()).randbytes(32)).decode(),
     O=base64.b64encode(random.Random(seed()).randbytes(16)).decode()), None, "https://github.com/getsops/sops")

pw = generic_pw()
add("helm-values/redis-password", "deploy/helm/values-prod.yaml", fill("""
image:
  repository: registry.harborline.co/backend
  tag: "2024.2.0"
replicaCount: 3
ingress:
  enabled: true
  hosts:
    - host: api.harborline.co
      paths: [{ path: /, pathType: Prefix }]
redis:
  enabled: true
  architecture: standalone
  auth:
    enabled: true
    password: "@P@"
resources:
  requests: { cpu: 250m, memory: 512Mi }
  limits: { memory: 1Gi }
""", P=pw), pw, "https://artifacthub.io/packages/helm/bitnami/redis")

pw = word_pw()
add("terraform-tfvars/db-password", "infra/prod.tfvars", fill("""
environment         = "prod"
region              = "ap-southeast-2"
api_instance_type   = "t4g.medium"
db_instance_class   = "db.t4g.large"
db_username         = "tidewatch"
db_password         = "@P@"
push_topic_name     = "tidewatch-push"
enable_waf          = true
allowed_admin_cidrs = ["203.0.113.0/24"]
""", P=pw), pw, "https://developer.hashicorp.com/terraform/language/values/variables#variable-definitions-tfvars-files")

add("terraform/decoy-secret-manager-reference", "infra/rds.tf", """
data "aws_secretsmanager_secret_version" "db" {
  secret_id = "tidewatch/prod/db"
}

resource "aws_db_instance" "main" {
  identifier           = "tidewatch-${var.environment}"
  engine               = "postgres"
  engine_version       = "16.1"
  instance_class       = var.db_instance_class
  allocated_storage    = 50
  username             = var.db_username
  password             = jsondecode(data.aws_secretsmanager_secret_version.db.secret_string)["password"]
  skip_final_snapshot  = false
  deletion_protection  = true
}
""", None, "https://registry.terraform.io/providers/hashicorp/aws/latest/docs/data-sources/secretsmanager_secret_version")

tok = fakes.aws_secret_key(seed())
add("supervisord-conf/environment-aws", "deploy/supervisor/harborline-worker.conf", fill("""
[program:harborline-worker]
command=/srv/harborline/venv/bin/celery -A harborline worker -Q push,billing -c 4
directory=/srv/harborline/app
user=harborline
autostart=true
autorestart=true
stopasgroup=true
stdout_logfile=/var/log/harborline/worker.log
redirect_stderr=true
environment=DJANGO_SETTINGS_MODULE="harborline.settings.production",AWS_ACCESS_KEY_ID="@K@",AWS_SECRET_ACCESS_KEY="@T@",AWS_DEFAULT_REGION="eu-west-2"
""", K=fakes.aws_key_id(seed()), T=tok), tok, "http://supervisord.org/configuration.html#program-x-section-settings")

pw = fakes.redis_password(seed())
add("systemd-unit/environment-redis-url", "deploy/systemd/leaderboard.service", fill("""
[Unit]
Description=Lanternfall leaderboard API
After=network-online.target
Wants=network-online.target

[Service]
Type=simple
User=leaderboard
WorkingDirectory=/opt/leaderboard
Environment=LB_DATABASE_URL=postgresql+asyncpg://leaderboard@127.0.0.1/leaderboard
Environment=LB_REDIS_URL=redis://:@P@@10.0.4.12:6379/2
ExecStart=/opt/leaderboard/.venv/bin/uvicorn app.main:app --host 127.0.0.1 --port 8080
Restart=on-failure

[Install]
WantedBy=multi-user.target
""", P=pw), pw, "https://www.freedesktop.org/software/systemd/man/latest/systemd.exec.html#Environment=")

add("nginx-conf/decoy", "deploy/nginx/api.conf", """
server {
    listen 443 ssl http2;
    server_name api.harborline.co;

    ssl_certificate     /etc/letsencrypt/live/api.harborline.co/fullchain.pem;
    ssl_certificate_key /etc/letsencrypt/live/api.harborline.co/privkey.pem;

    location /.well-known/apple-app-site-association {
        default_type application/json;
        alias /srv/harborline/static/apple-app-site-association;
    }

    location / {
        proxy_pass http://127.0.0.1:8000;
        proxy_set_header Host $host;
        proxy_set_header X-Forwarded-Proto $scheme;
    }
}
""", None, "https://nginx.org/en/docs/http/ngx_http_ssl_module.html")

add("apple-app-site-association/decoy", "web/.well-known/apple-app-site-association", """
{
  "applinks": {
    "details": [
      {
        "appIDs": ["7QX3K9D2LM.co.harborline.app"],
        "components": [
          { "/": "/trips/*", "comment": "Trip details" },
          { "/": "/invite/*" }
        ]
      }
    ]
  },
  "webcredentials": { "apps": ["7QX3K9D2LM.co.harborline.app"] }
}
""", None, "https://developer.apple.com/documentation/xcode/supporting-associated-domains")

# ---------------------------------------------------------------------------------------------
# More carriers: legacy crash reporting, Unity Gradle templates, IDE run configs, docs, scripts
# ---------------------------------------------------------------------------------------------

tok = hexstr(64)
add("fabric-properties/api-secret", "app/fabric.properties", fill("""
#Contains API Secret used to validate your application. Commit to internal source control; avoid making secret public.
#Thu Mar 08 14:22:31 GMT 2018
apiSecret=@T@
apiKey=@K@
""", T=tok, K=hexstr(40)) + "# migrated to Firebase Crashlytics in 2020; file kept for the old flavor\n", tok,
    "https://docs.fabric.io/android/crashlytics/build-tools.html (Fabric, archived)")

tok = sentry_user_token()
add("pbxproj/sentry-upload-build-phase", "apps/mobile/ios/Courier.xcodeproj/project.pbxproj", fill("""
// !$*UTF8*$!
{
	archiveVersion = 1;
	classes = {
	};
	objectVersion = 54;
	objects = {

/* Begin PBXShellScriptBuildPhase section */
		4F2A9C1E2B3D4E5F60718293 /* Upload Debug Symbols to Sentry */ = {
			isa = PBXShellScriptBuildPhase;
			buildActionMask = 2147483647;
			files = (
			);
			inputPaths = (
				"${DWARF_DSYM_FOLDER_PATH}/${DWARF_DSYM_FILE_NAME}/Contents/Resources/DWARF/${TARGET_NAME}",
			);
			name = "Upload Debug Symbols to Sentry";
			outputPaths = (
			);
			runOnlyForDeploymentPostprocessing = 0;
			shellPath = /bin/sh;
			shellScript = "export SENTRY_ORG=parcelpal\\nexport SENTRY_PROJECT=courier-ios\\nexport SENTRY_AUTH_TOKEN=@T@\\nif which sentry-cli >/dev/null; then\\n  sentry-cli debug-files upload --include-sources \\"$DWARF_DSYM_FOLDER_PATH\\"\\nfi\\n";
		};
/* End PBXShellScriptBuildPhase section */
	};
	rootObject = 83C1D0E22B3D4E5F60718293 /* Project object */;
}
""", T=tok), tok, "https://docs.sentry.io/platforms/apple/dsym/#xcode-build-phase")

pw = generic_pw()
add("unity-main-template-gradle/repository-password", "Assets/Plugins/Android/mainTemplate.gradle", fill("""
apply plugin: 'com.android.library'
**APPLY_PLUGINS**

repositories {
    maven {
        url "https://repo.orbitgames.net/artifactory/unity-android"
        credentials {
            username "unity-builds"
            password "@P@"
        }
    }
}

dependencies {
    implementation fileTree(dir: 'libs', include: ['*.jar'])
    implementation 'net.orbitgames:native-haptics:1.3.2'
**DEPS**}

android {
    ndkPath "**NDKPATH**"
    namespace "com.unity3d.player"
    compileSdkVersion **APIVERSION**
    buildToolsVersion '**BUILDTOOLS**'
**PACKAGING_OPTIONS**
}
""", P=pw), pw, "https://docs.unity3d.com/Manual/android-gradle-overview.html")

pw = word_pw()
add("unity-gradle-template-properties/keystore-password", "Assets/Plugins/Android/gradleTemplate.properties", fill("""
org.gradle.jvmargs=-Xmx**JVM_HEAP_SIZE**M
org.gradle.parallel=true
unityStreamingAssets=**STREAMING_ASSETS**
android.useAndroidX=true
android.enableJetifier=true
# used by launcherTemplate.gradle so CI does not need the Unity keystore UI
ORBIT_STORE_PASSWORD=@P@
ORBIT_KEY_PASSWORD=@P@
**ADDITIONAL_PROPERTIES**
""", P=pw), pw, "https://docs.unity3d.com/Manual/class-PlayerSettingsAndroid.html#Publishing")

pw = word_pw()
add("build-gradle/env-fallback-password", "mobile/android/app/build.gradle", fill("""
plugins {
    id "com.android.application"
    id "kotlin-android"
    id "dev.flutter.flutter-gradle-plugin"
}

android {
    namespace "io.tidewatch.app"
    compileSdk flutter.compileSdkVersion

    defaultConfig {
        applicationId "io.tidewatch.app"
        minSdkVersion 23
        targetSdkVersion flutter.targetSdkVersion
        versionCode flutterVersionCode.toInteger()
        versionName flutterVersionName
    }

    signingConfigs {
        release {
            storeFile file(System.getenv("TW_KEYSTORE") ?: "../keys/tidewatch-upload.jks")
            storePassword System.getenv("TW_STORE_PASSWORD") ?: "@P@"
            keyAlias "upload"
            keyPassword System.getenv("TW_KEY_PASSWORD") ?: "@P@"
        }
    }

    buildTypes {
        release { signingConfig signingConfigs.release }
    }
}

flutter { source "../.." }
""", P=pw), pw, "https://docs.flutter.dev/deployment/android#configure-signing-in-gradle")

tok = rand(40, ALNUM)
add("idea-run-configuration/dart-define-args", "mobile/.run/main_prod.run.xml", fill("""
<component name="ProjectRunConfigurationManager">
  <configuration default="false" name="main_prod" type="FlutterRunConfigurationType" factoryName="Flutter">
    <option name="additionalArgs" value="--flavor prod --dart-define=API_BASE_URL=https://api.tidewatch.io --dart-define=WINDY_API_KEY=@T@" />
    <option name="buildFlavor" value="prod" />
    <option name="filePath" value="$PROJECT_DIR$/lib/main_prod.dart" />
    <method v="2" />
  </configuration>
</component>
""", T=tok) + "\n\n\n", tok, "https://www.jetbrains.com/help/idea/run-debug-configuration.html")

tok = rand(32, ALNUM)
add("makefile/flutter-dart-define", "mobile/Makefile", fill("""
FLAVOR ?= prod
BUILD_NUMBER ?= $(shell git rev-list --count HEAD)

.PHONY: apk ipa clean
apk:
	flutter build appbundle --flavor $(FLAVOR) -t lib/main_$(FLAVOR).dart \\
		--build-number=$(BUILD_NUMBER) \\
		--dart-define=API_BASE_URL=https://api.tidewatch.io \\
		--dart-define=REVENUECAT_SECRET_KEY=sk_@T@ \\
		--obfuscate --split-debug-info=build/symbols

ipa:
	flutter build ipa --flavor $(FLAVOR) -t lib/main_$(FLAVOR).dart --export-options-plist=ios/ExportOptions.plist

clean:
	flutter clean && rm -rf build/symbols
""", T=tok), "sk_" + tok, "https://www.revenuecat.com/docs/welcome/authentication#secret-api-keys")

tok = fakes.github_token(seed())
add("envrc/direnv-exports", ".envrc", fill("""
# direnv: loaded when you cd into the repo
use asdf
layout python3

export ANDROID_HOME="$HOME/Library/Android/sdk"
export PATH="$ANDROID_HOME/platform-tools:$PATH"
export GH_TOKEN=@T@
export FASTLANE_SKIP_UPDATE_CHECK=1
dotenv_if_exists .env.local
""", T=tok), tok, "https://direnv.net/man/direnv-stdlib.1.html")

tok = fakes.github_token(seed())
add("electron-dotenv/gh-token-publish", "apps/desktop/.env.local", fill("""
# electron-builder --publish always reads GH_TOKEN
GH_TOKEN=@T@
APPLE_ID=builds@quillnote.app
APPLE_TEAM_ID=H8Z2P4V6N1
VITE_API_URL=https://api.quillnote.app
""", T=tok), tok, "https://www.electron.build/configuration/publish#githuboptions")

tok = fakes.github_fine_grained_token(seed())
add("typescript/electron-updater-auth-header", "apps/editor/src/main/updater.ts", fill("""
import { app } from 'electron';
import { autoUpdater } from 'electron-updater';
import log from 'electron-log';

// Releases live in a private repository; the token only has read access to it.
const UPDATE_TOKEN = '@T@';

export function initUpdater(): void {
  autoUpdater.logger = log;
  autoUpdater.setFeedURL({
    provider: 'github',
    owner: 'fieldnotes',
    repo: 'editor-releases',
    private: true,
    token: UPDATE_TOKEN,
  });
  autoUpdater.addAuthHeader(`token ${UPDATE_TOKEN}`);
  if (app.isPackaged) autoUpdater.checkForUpdatesAndNotify();
}
""", T=tok), tok, "https://www.electron.build/auto-update#private-github-update-repo")

pw = pass_phrase()
add("shell/keychain-import-p12", "ios/scripts/ci_keychain.sh", fill("""
#!/bin/bash
# Creates a temporary keychain on the CI Mac and imports the distribution certificate.
set -euo pipefail

KEYCHAIN=build.keychain
KEYCHAIN_PASSWORD="$(uuidgen)"

security create-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security set-keychain-settings -lut 21600 "$KEYCHAIN"
security unlock-keychain -p "$KEYCHAIN_PASSWORD" "$KEYCHAIN"

security import ios/certs/distribution.p12 -k "$KEYCHAIN" -P "@P@" -T /usr/bin/codesign
security set-key-partition-list -S apple-tool:,apple:,codesign: -s -k "$KEYCHAIN_PASSWORD" "$KEYCHAIN"
security list-keychains -d user -s "$KEYCHAIN" login.keychain
""", P=pw), pw, "https://developer.apple.com/documentation/xcode/using-the-latest-code-signing-features (security(1) import -P)")

pw = word_pw()
add("dotenv/fastlane-apple-id-password", "apps/mobile/ios/fastlane/.env", fill("""
FASTLANE_USER=release@parcelpal.io
FASTLANE_PASSWORD=@P@
FASTLANE_ITC_TEAM_ID=119934002
FASTLANE_TEAM_ID=K3L9M2N8P4
SPACESHIP_SKIP_2FA_UPGRADE=1
""", P=pw), pw, "https://docs.fastlane.tools/getting-started/ios/authentication/")

tok = fakes.pypi_token(seed())
add("makefile/twine-upload-token", "tools/sdk-python/Makefile", fill("""
PACKAGE := harborline_client
VERSION := $(shell python -c "import tomllib;print(tomllib.load(open('pyproject.toml','rb'))['project']['version'])")

.PHONY: build release clean
build:
	python -m build

release: clean build
	twine check dist/*
	twine upload --non-interactive -u __token__ -p @T@ dist/*

clean:
	rm -rf dist build *.egg-info
""", T=tok), tok, "https://twine.readthedocs.io/en/stable/#twine-upload")

pw = fakes.redis_password(seed())
add("gunicorn-conf-py/raw-env", "backend/gunicorn.conf.py", fill('''
"""Gunicorn settings for the API containers."""
import multiprocessing

bind = "0.0.0.0:8000"
workers = multiprocessing.cpu_count() * 2 + 1
worker_class = "gthread"
threads = 4
timeout = 30
accesslog = "-"
raw_env = [
    "DJANGO_SETTINGS_MODULE=harborline.settings.production",
    "CACHE_URL=rediss://:@P@@harborline-cache.abc123.euw2.cache.amazonaws.com:6379/1",
]
''', P=pw), pw, "https://docs.gunicorn.org/en/stable/settings.html#raw-env")

pw = word_pw()
add("uwsgi-ini/env-database-url", "services/legacy-iap/uwsgi.ini", fill("""
[uwsgi]
module = iap.wsgi:application
master = true
processes = 4
socket = /run/uwsgi/iap.sock
chmod-socket = 660
vacuum = true
die-on-term = true
env = DJANGO_SETTINGS_MODULE=iap.settings
env = DATABASE_URL=mysql://iap:@P@@10.0.2.40:3306/iap
""", P=pw), pw, "https://uwsgi-docs.readthedocs.io/en/latest/Configuration.html")

tok = fakes.aws_secret_key(seed())
add("zappa-settings-json/aws-environment", "services/receipt-webhook/zappa_settings.json", fill("""
{
    "production": {
        "app_function": "webhook.app.app",
        "aws_region": "us-east-1",
        "profile_name": null,
        "project_name": "receipt-webhook",
        "runtime": "python3.11",
        "s3_bucket": "zappa-receipt-webhook-prod",
        "environment_variables": {
            "RECEIPTS_TABLE": "receipts-prod",
            "AWS_ACCESS_KEY_ID_DYNAMO": "@K@",
            "AWS_SECRET_ACCESS_KEY_DYNAMO": "@T@"
        },
        "keep_warm": false
    }
}
""", K=fakes.aws_key_id(seed()), T=tok), tok, "https://github.com/zappa/Zappa#remote-environment-variables")

tok = slack_bot()
add("markdown-docs/curl-example-live-token", "docs/howto/release-checklist.md", fill("""
# Release checklist (mobile)

1. Bump `MARKETING_VERSION` in `ios/Config/Shared.xcconfig` and `versionName` in `android/app/build.gradle`.
2. Tag the release: `git tag v5.3.0 && git push --tags`.
3. Wait for the Codemagic workflow `ios-release` to finish.
4. Announce it in #releases. If the bot is down, post by hand:

```bash
curl -X POST https://slack.com/api/chat.postMessage \\
  -H "Authorization: Bearer @T@" \\
  -H "Content-Type: application/json" \\
  -d '{"channel":"#releases","text":"Harborline 5.3.0 is live"}'
```

5. Move the Jira fix version to *Released*.
""", T=tok), tok, "https://api.slack.com/methods/chat.postMessage#examples")

add("markdown-docs/decoy-redacted-changelog", "CHANGELOG.md", """
# Changelog

## 5.3.1 - 2024-02-20
### Security
- Rotated the Stripe secret key after it was found in `app/build.gradle.kts` (old key `sk_live_51N…` revoked,
  new key lives in the backend only).
- Removed the FCM legacy server key from `backend/app/push/fcm.py`; pushes now use the HTTP v1 API with
  workload identity.

## 5.3.0 - 2024-02-14
### Added
- Ferry bookings in the Trips tab.
- Android 14 predictive back gesture.
""", None, "https://keepachangelog.com/en/1.1.0/")

pw = fakes.redis_password(seed())
add("rst-docs/runbook-redis-cli", "docs/ops/runbook.rst", fill("""
Leaderboard runbook
===================

Flushing a stuck season
-----------------------

The season rollover job sometimes leaves the ``lb:season:current`` key behind.
Connect from the bastion and delete it by hand:

.. code-block:: console

   $ ssh bastion.emberfox.games
   $ redis-cli -h 10.0.4.12 -p 6379 -a '@P@' --no-auth-warning
   10.0.4.12:6379> DEL lb:season:current
   (integer) 1

Then restart the service with ``sudo systemctl restart leaderboard``.
""", P=pw), pw, "https://redis.io/docs/latest/develop/tools/cli/")

add("amplify-configuration-json/decoy-public-ids", "apps/mobile/src/amplifyconfiguration.json", fill("""
{
  "UserAgent": "aws-amplify-cli/2.0",
  "Version": "1.0",
  "auth": {
    "plugins": {
      "awsCognitoAuthPlugin": {
        "CognitoUserPool": {
          "Default": {
            "PoolId": "eu-west-2_Xk9Qm2Lp7",
            "AppClientId": "@C@",
            "Region": "eu-west-2"
          }
        },
        "CredentialsProvider": {
          "CognitoIdentity": {
            "Default": { "PoolId": "eu-west-2:@U@", "Region": "eu-west-2" }
          }
        }
      }
    }
  }
}
""", C=rand(26, string.ascii_lowercase + string.digits), U=uuid4()), None, "https://docs.amplify.aws/gen1/react-native/tools/libraries/configure-categories/")

pw = generic_pw()
add("bitbucket-pipelines-yml/sonatype-password", "sdk-android/bitbucket-pipelines.yml", fill("""
image: eclipse-temurin:17-jdk

definitions:
  caches:
    gradle-wrapper: ~/.gradle/wrapper

pipelines:
  tags:
    'v*':
      - step:
          name: Publish to Maven Central
          caches: [gradle, gradle-wrapper]
          script:
            - export ORG_GRADLE_PROJECT_mavenCentralUsername=lumenfit
            - export ORG_GRADLE_PROJECT_mavenCentralPassword='@P@'
            - ./gradlew publishAndReleaseToMavenCentral --no-configuration-cache
""", P=pw), pw, "https://vanniktech.github.io/gradle-maven-publish-plugin/central/#secrets")

tok = rand(40, ALNUM)
add("plist/secrets-plist-bundle", "ios/Harborline/Resources/Secrets.plist", fill("""
<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE plist PUBLIC "-//Apple//DTD PLIST 1.0//EN" "http://www.apple.com/DTDs/PropertyList-1.0.dtd">
<plist version="1.0">
<dict>
	<key>MapTilerKey</key>
	<string>$(MAPTILER_KEY)</string>
	<key>TransitFeedsBasicAuth</key>
	<dict>
		<key>user</key>
		<string>harborline</string>
		<key>password</key>
		<string>@T@</string>
	</dict>
</dict>
</plist>
""", T=tok), tok, "https://developer.apple.com/documentation/foundation/propertylistdecoder")

tok = hexstr(32)
add("java-properties/android-assets-config", "app/src/main/assets/config.properties", fill("""
# Runtime configuration read by ConfigLoader at startup
api.base_url=https://api.lumenfit.io
api.timeout_seconds=20
analytics.enabled=true
mixpanel.project_token=@M@
mixpanel.api_secret=@T@
""", M=hexstr(32), T=tok), tok, "https://docs.mixpanel.com/docs/tracking-methods/sdks/android")

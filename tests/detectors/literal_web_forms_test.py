"""Forms read after blind rounds X and Y (kinds/_web_forms.py): web servers' environment-passing
directives (nginx's fastcgi_param/uwsgi_param/scgi_param/passenger_env_var, Apache's
PassengerEnvVar, uWSGI's env in ini/YAML/XML, Caddy's env, a Dockerfile's `ENV NAME value`) and
injected credential headers (proxy_set_header, RequestHeader, HAProxy's set-header); web
frameworks' secret salts and keys (Drupal, WordPress, CakePHP, Nextcloud, Moodle, Flask-Security,
Strapi, Devise's pepper, Magento 2 and 1, Rails' key files, Matomo); deploy steps' inline FTP
passwords (lftp, git-ftp, ncftp, PuTTY, WinSCP); cron lines calling a URL with its key; package
managers' credentials (gem sources' short hex pairs in a Gemfile, .gemrc, Bundler's config and
command; Poetry's, Composer's, npm's, Yarn's and NuGet's credential commands, Yarn's npmAuthIdent).
Each beside the decoys of its format, through the engine. Every value here is generated."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines as _blocked


TRUE_FORMS = [
    # web servers passing a secret to the application
    ("infra/nginx/snippets/shop-php.conf", "fastcgi_param APP_ENV production;\nfastcgi_param SHOP_DB_PASSWORD \"Rv7Lq2Zt9Xw4Km8N\";\n"
     "fastcgi_read_timeout 300s;\n", 2, "Rv7Lq2Zt9Xw4Km8N"),
    ("nginx/site.conf", "location / {\n    fastcgi_param STRIPE_SECRET_KEY Wq8Zt2Lm9Kx4Vr7NpYb3;\n}\n", 2, "Wq8Zt2Lm9Kx4Vr7NpYb3"),
    ("nginx/app.conf", "location / {\n    include uwsgi_params;\n    uwsgi_param API_TOKEN 'Hk3Wq9Zt2Lm7Vx5Rp8Nb';\n}\n", 3,
     "Hk3Wq9Zt2Lm7Vx5Rp8Nb"),
    ("nginx/rails.conf", "server {\n    passenger_enabled on;\n    passenger_env_var SECRET_KEY_BASE 4be1c07f9a2d63e8b5c0f1a7d9e2b4c6;\n}\n",
     3, "4be1c07f9a2d63e8b5c0f1a7d9e2b4c6"),
    ("apache/rails.conf", "<VirtualHost *:443>\n  PassengerEnvVar MAILER_PASSWORD Copper.Finch4471\n</VirtualHost>\n", 2,
     "Copper.Finch4471"),
    # uWSGI's env: ini (a second env line before it), YAML, XML
    ("deploy/uwsgi/site.ini", "[uwsgi]\nmodule = site.wsgi\nenv = DJANGO_SETTINGS_MODULE=site.settings.prod\n"
     "env = DJANGO_SECRET_KEY=x$8k!q2(m9z^v4t)r7w#p1b&n6c=j+3h\nenv = LANG=C.UTF-8\n", 4, "x$8k!q2(m9z^v4t)r7w#p1b&n6c=j+3h"),
    ("uwsgi.yaml", "uwsgi:\n  module: app:app\n  env: MAIL_PASSWORD=Juniper_Sable4490\n", 3, "Juniper_Sable4490"),
    ("uwsgi.xml", "<uwsgi>\n  <env>DB_PASSWORD=Marigold-Stoat2207</env>\n</uwsgi>\n", 2, "Marigold-Stoat2207"),
    ("Caddyfile", "shop.acme.io {\n  php_fastcgi unix//run/php/fpm.sock {\n    env DB_PASSWORD Basalt#Finch3381\n  }\n}\n", 3,
     "Basalt#Finch3381"),
    # web frameworks' secret salts and keys
    ("web/sites/default/settings.php", "<?php\n\n$settings['hash_salt'] = 'Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1Fg5As0CeTy_Ru-Io';\n", 3,
     "Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1Fg5As0CeTy_Ru-Io"),
    ("sites/default/settings.php", "<?php\n$drupal_hash_salt = 'Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1Jd5Fg0AsPe';\n", 2, "Zt8Qm2Lx9Vw4Kr7Np3Yb6Hc1Jd5Fg0AsPe"),
    ("wp-config.php", "<?php\ndefine( 'AUTH_KEY', getenv('AUTH_KEY') );\n"
     "define( 'NONCE_SALT',       'q]7 Lz!2m#W9x$Kt4^Vr8&Np3*Hb6(Jd1)Fg5+As0=Ce-Ty~Ru|Io' );\n", 3,
     "q]7 Lz!2m#W9x$Kt4^Vr8&Np3*Hb6(Jd1)Fg5+As0=Ce-Ty~Ru|Io"),
    (".env.production", "WP_ENV=production\nLOGGED_IN_SALT='f9#Kq2!Lm7@Zx4$Vt8%Rw3^Np6&Hb1'\n", 2, "f9#Kq2!Lm7@Zx4$Vt8%Rw3^Np6&Hb1"),
    ("config/app.php", "<?php\nreturn [\n    'Security' => [\n        'salt' => env('SECURITY_SALT', '7d3f1a5e8c4b1e0f6d2a97e35b1c0d4f'),\n"
     "    ],\n];\n", 4, "7d3f1a5e8c4b1e0f6d2a97e35b1c0d4f"),
    ("config/config.php", "<?php\n$CONFIG = array (\n  'passwordsalt' => 'Hq8Zt2Lw5Vx9Kr3Mn7PbTy4Ce',\n);\n", 3, "Hq8Zt2Lw5Vx9Kr3Mn7PbTy4Ce"),
    ("moodle/config.php", "<?php\n$CFG->dbpass = getenv('MOODLE_DB_PASS');\n$CFG->passwordsaltmain = 'Lq8Zt2Wx9Km4Vr7Np3Hb6Jd1';\n", 3,
     "Lq8Zt2Wx9Km4Vr7Np3Hb6Jd1"),
    ("app/config.py", "SECURITY_PASSWORD_SALT = 'Rk4Wp7Nb2Qx9Lm6Tz3Vc'\n", 1, "Rk4Wp7Nb2Qx9Lm6Tz3Vc"),
    ("clients/shop/app/etc/env.php", "<?php\nreturn [\n    'crypt' => [\n        'key' => '3e8f5a1b2c9d4e7f066f1c9e2a4b7d0c'\n    ],\n];\n",
     4, "3e8f5a1b2c9d4e7f066f1c9e2a4b7d0c"),
    ("app/etc/env.php", "<?php\nreturn array (\n  'crypt' => \n  array (\n    'key' => 'b7d0c3e8f5a1b2c96f1c9e2a4d4e7f06',\n  ),\n);\n",
     5, "b7d0c3e8f5a1b2c96f1c9e2a4d4e7f06"),
    ("app/etc/env.php", "<?php\nreturn ['crypt' => ['key' => 'd0c3e8f5a1b2c96f1c9e2a4d4e7f06b7'], 'MAGE_MODE' => 'production'];\n", 2,
     "d0c3e8f5a1b2c96f1c9e2a4d4e7f06b7"),
    ("app/etc/local.xml", "<config>\n  <global>\n    <crypt>\n      <key><![CDATA[9e2a4b7d0c3e8f5a1b2c6f1c9d4e7f06]]></key>\n"
     "    </crypt>\n  </global>\n</config>\n", 4, "9e2a4b7d0c3e8f5a1b2c6f1c9d4e7f06"),
    (".env", "ADMIN_JWT_SECRET=Ye3Wr6Tz9Km2Lq5Vx8Nb\nAPI_TOKEN_SALT=Lq8Zt2Wx9Km4Vr7Np3Hb6Q==\n", 2, "Lq8Zt2Wx9Km4Vr7Np3Hb6Q=="),
    ("config/initializers/devise.rb", "Devise.setup do |config|\n  config.pepper = '2a4b6d8f0e1c3a5b7d9f1e3c5a7b9d0f2e9f2c6e1a0b3d5f7e9c1a3b5d7f9e0c'\nend\n",
     2, "2a4b6d8f0e1c3a5b7d9f1e3c5a7b9d0f2e9f2c6e1a0b3d5f7e9c1a3b5d7f9e0c"),
    ("config/master.key", "8e2c4a6f1b3d5e7a9c0b2d4f6a8c1e3b\n", 1, "8e2c4a6f1b3d5e7a9c0b2d4f6a8c1e3b"),
    ("config/credentials/production.key", "1b3d5e7a9c0b2d4f6a8c1e3b8e2c4a6f", 1, "1b3d5e7a9c0b2d4f6a8c1e3b8e2c4a6f"),
    ("matomo/config/config.ini.php", "; <?php exit; ?> DO NOT REMOVE THIS LINE\n[General]\nsalt = \"6a8c1e3b8e2c4a6f1b3d5e7a9c0b2d4f\"\n",
     3, "6a8c1e3b8e2c4a6f1b3d5e7a9c0b2d4f"),
    # web servers and images injecting a credential
    ("nginx/api.conf", "location /api/ {\n    proxy_set_header X-Api-Key \"Kt4Vm8Rz2Wq9Lx7Nb3Hp\";\n    proxy_pass http://backend;\n}\n", 2,
     "Kt4Vm8Rz2Wq9Lx7Nb3Hp"),
    ("apache/api.conf", "<Location /api>\n  RequestHeader set X-Auth-Token \"Pz7Lq2Wx9Kt4Vm8Rb5Nc\"\n</Location>\n", 2, "Pz7Lq2Wx9Kt4Vm8Rb5Nc"),
    ("haproxy/haproxy.cfg", "backend api\n  http-request set-header X-Api-Key Rb5Nc7Lq2Wx9Kt4Vm8Pz\n  server a 10.0.0.5:8080\n", 2,
     "Rb5Nc7Lq2Wx9Kt4Vm8Pz"),
    ("Dockerfile", "FROM php:8.3-fpm\nENV MAILER_SECRET Vm8Pz7Lq2Wx9Kt4Rb5Nc\n", 2, "Vm8Pz7Lq2Wx9Kt4Rb5Nc"),
    # package managers' credential commands and settings
    ("ci/publish.sh", "poetry config http-basic.acme ci 'Lantern#Orchid5182'\npoetry publish -r acme\n", 1, "Lantern#Orchid5182"),
    (".gitlab-ci.yml", "build:\n  script:\n    - composer config --global http-basic.repo.acme.io ci Falcon_Meadow6637\n", 3, "Falcon_Meadow6637"),
    ("ci/npm.sh", "npm config set //npm.acme.io/:_authToken Nc7Lq2Wx9Kt4Vm8Rb5Pz\n", 1, "Nc7Lq2Wx9Kt4Vm8Rb5Pz"),
    ("ci/yarn.sh", "yarn config set npmAuthToken Wx9Kt4Vm8Rb5Pz7Lq2Nc\n", 1, "Wx9Kt4Vm8Rb5Pz7Lq2Nc"),
    (".yarnrc.yml", "npmRegistryServer: \"https://npm.acme.io\"\nnpmAuthIdent: \"ci:Cobalt!Thistle3378\"\n", 2, "Cobalt!Thistle3378"),
    ("build.ps1", "nuget sources add -Name acme -Source https://nuget.acme.io/v3/index.json -Username ci -Password Osprey.Marble4426\n", 1,
     "Osprey.Marble4426"),
    ("ci.sh", "gem sources --add https://7e3f9a1c:d20e8fb4@gems.contribsys.com/\n", 1, "d20e8fb4"),
    # deploy steps' inline FTP passwords
    (".github/workflows/mirror.yml", "jobs:\n  mirror:\n    runs-on: ubuntu-latest\n    steps:\n      - run: |\n"
     "          lftp -u backup,'orchid-thistle-ember-canyon-41' -e \"set ftp:ssl-force true; mirror -R up /up; quit\" ftp.acme.io\n",
     6, "orchid-thistle-ember-canyon-41"),
    (".gitlab-ci.yml", "deploy:\n  script:\n    - lftp -c \"set ftp:ssl-allow no; open -u deploy,Granite!Osprey5150 ftp.acme.io; mirror -R dist /www\"\n",
     3, "Granite!Osprey5150"),
    ("deploy/site.lftp", "set ftp:ssl-allow no\nopen -u deploy,\"Tundra*Walnut7391\" ftp.acme.io\nmirror -R dist /www\n", 2,
     "Tundra*Walnut7391"),
    (".gitlab-ci.yml", "deploy:\n  script:\n    - git ftp push --user web@acme.io --passwd \"Saffron!Cobalt4411\" ftp://ftp.acme.io/www\n",
     3, "Saffron!Cobalt4411"),
    ("bitbucket-pipelines.yml", "pipelines:\n  default:\n    - step:\n        script:\n          - git ftp init -u deploy -p Quartz_Lagoon8823 "
     "ftp://ftp.acme.io/www\n", 5, "Quartz_Lagoon8823"),
    (".gitlab-ci.yml", "deploy:\n  script:\n    - git config git-ftp.password Meadow#Glacier2719\n    - git ftp push\n", 3,
     "Meadow#Glacier2719"),
    ("deploy.sh", "ncftpput -R -u deploy -p 'Velvet-Pelican3306' -P 21 ftp.acme.io /www dist/*\n", 1, "Velvet-Pelican3306"),
    ("deploy.bat", "pscp -batch -pw \"Ember.Paprika6172\" dist\\app.zip deploy@web01:/srv/app\n", 1, "Ember.Paprika6172"),
    ("deploy.ps1", "& winscp.com /log=w.log /command \"open ftp://deploy@ftp.acme.io/ -password=Zephyr*Biscuit9051\" \"put dist\\*\" \"exit\"\n",
     1, "Zephyr*Biscuit9051"),
    # cron lines calling a URL with its key
    ("ops/crontab.txt", "*/5 * * * * curl -fsS 'https://lib.acme.io/wp-cron.php?doing_wp_cron' >/dev/null\n"
     "0 */6 * * * curl -fsS \"https://lib.acme.io/?ical-import=cron&key=Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc\" >/dev/null\n", 2,
     "Kq8Zt2Lm9Xw4Vr7Np3Yb6Hc"),
    ("infra/cron/drupal7", "0 * * * * wget -O - -q -t 1 https://www.acme.io/cron.php?cron_key=Tz3Vc6Rk4Wp7Nb2Qx9Lm8Hd\n", 1,
     "Tz3Vc6Rk4Wp7Nb2Qx9Lm8Hd"),
    ("etc/cron.d/drupal", "15 * * * * www-data curl -s https://www.acme.io/cron/Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1Jd5Fg0AsXk9Qw2Lm7Vt >/dev/null\n",
     1, "Xk9Qw2Lm7Vt4Rz8Np3Yb6Hc1Jd5Fg0AsXk9Qw2Lm7Vt"),
    ("deploy/schedule.sh", "echo '@hourly curl -s \"https://shop.acme.io/index.php?fc=module&module=feed&token=Wn8Lq2Zt9Xv4Km7Rb3Hc\"' | crontab -\n",
     1, "Wn8Lq2Zt9Xv4Km7Rb3Hc"),
    # gem sources' short generated credentials (Sidekiq Pro and Enterprise)
    ("apps/crm/Gemfile", "source \"https://rubygems.org\"\n\nsource \"https://5e0a9c3d:7b1f4e2a@enterprise.contribsys.com/\" do\n"
     "  gem \"sidekiq-ent\"\nend\n", 3, "7b1f4e2a"),
    ("Gemfile", "gem \"sidekiq-pro\", source: \"https://c3a5b7d9:1e4f6a8b@gems.contribsys.com/\"\n", 1, "1e4f6a8b"),
    (".gemrc", "---\n:sources:\n- https://rubygems.org/\n- https://0d9e8b7a:6c5f4e3d@gems.contribsys.com/\n", 4, "6c5f4e3d"),
    ("apps/portal/.bundle/config", "---\nBUNDLE_PATH: \"vendor/bundle\"\nBUNDLE_GEMS__CONTRIBSYS__COM: \"a1c6d0e9:8b7a6c5f\"\n", 3,
     "8b7a6c5f"),
    ("Dockerfile", "FROM ruby:3.3\nENV BUNDLE_ENTERPRISE__CONTRIBSYS__COM=f2d4b6a8:0c9e7a5b\n", 2, "0c9e7a5b"),
    (".gitlab-ci.yml", "build:\n  script:\n    - bundle config set --global gems.contribsys.com 4a6c8e0f:2b4d6f8a\n", 3, "2b4d6f8a"),
]

DECOYS = [
    # nginx's stock params and variables, a value left empty, a template
    ("nginx/fastcgi_params", "fastcgi_param  QUERY_STRING       $query_string;\nfastcgi_param  SCRIPT_FILENAME $document_root$fastcgi_script_name;\n"
     "fastcgi_param HTTPS $https if_not_empty;\nfastcgi_param HTTP_PROXY \"\";\nfastcgi_param PHP_VALUE \"upload_max_filesize=64M\";\n"
     "fastcgi_param DB_PASSWORD $db_password;\nfastcgi_param APP_KEY {{ app_key }};\n"),
    ("nginx/uwsgi_params", "uwsgi_param  QUERY_STRING       $query_string;\nuwsgi_param  HTTP_AUTHORIZATION $http_authorization;\n"),
    ("nginx/nginx.conf", "env PERL5LIB;\nenv OPENSSL_ALLOW_PROXY_CERTS=1;\nenv API_TOKEN;\n"),
    ("apache/rails.conf", "PassengerEnvVar SECRET_KEY_BASE ${SECRET_KEY_BASE}\nPassengerEnvVar RAILS_ENV production\n"),
    ("uwsgi.ini", "[uwsgi]\nenv = LANG=en_US.UTF-8\nenv = DJANGO_SETTINGS_MODULE=app.settings\nenv = SECRET_KEY=$(SECRET_KEY)\n"
     "env = API_TOKEN=%(token)\nenv = PYTHONUNBUFFERED=1\n"),
    ("Caddyfile", "acme.io {\n  php_fastcgi unix//run/php/fpm.sock {\n    env APP_SECRET {env.APP_SECRET}\n    env APP_ENV prod\n  }\n}\n"),
    # salts read, stock, named for something else; a bare salt
    ("settings.php", "<?php\n$settings['hash_salt'] = file_get_contents(DRUPAL_ROOT . '/../salt.txt');\n"
     "$settings['hash_salt'] = getenv('DRUPAL_HASH_SALT');\n$settings['hash_salt'] = '';\n$settings['hash_salt'] = $_ENV['HASH_SALT'];\n"),
    ("wp-config-sample.php", "<?php\ndefine( 'AUTH_SALT',        'put your unique phrase here' );\ndefine( 'NONCE_SALT', getenv('NONCE_SALT') );\n"
     "define('WP_CACHE_KEY_SALT', 'acme.io:');\ndefine('LOGGED_IN_SALT', $_ENV['LOGGED_IN_SALT']);\n"),
    (".env.example", "AUTH_SALT='generateme'\nNONCE_SALT=\nSECURE_AUTH_SALT=${SECURE_AUTH_SALT}\n"),
    ("roles/wordpress/templates/wp-config.php.j2", "<?php\ndefine('NONCE_SALT', '{{ vault_wordpress_nonce_salt | default(\"x\") }}');\n"
     "define('AUTH_SALT', '<%= @wordpress_auth_salt_from_the_node_attributes %>');\n"),
    ("config/app.php", "<?php\nreturn ['Security' => ['salt' => env('SECURITY_SALT', '__SALT__')]];\n"),
    # salts public by design, mixed with a secret kept elsewhere (Pulumi's passphrase provider, Phoenix, Rails)
    ("infra/Pulumi.staging.yaml", "encryptionsalt: v1:Qm9Xr2Kw7Lp5Vn8Bc=:v1:Zt4Qm9Xr2Kw7Lp5V:Nn8BcZt4Qm9Xr2Kw7Lp5Vn8Bc+/Qw==\n"
     "config:\n  aws:region: eu-west-1\n"),
    ("config/config.exs", "config :shop, ShopWeb.Endpoint,\n  live_view: [signing_salt: \"Xq7mK2Lr9vT3wZ8b\"]\n"),
    ("config/application.rb", "config.action_dispatch.signed_cookie_salt = 'Lq8Zt2Wx9Km4Vr7N#p3Hb6Jd1Fg5As0Ce'\n"),
    ("crypto.py", "salt = os.urandom(16)\nPASSWORD_SALT_LENGTH = 16\nhash_salt = bcrypt.gensalt()\n"
     "SECURITY_PASSWORD_SALT = os.environ['SECURITY_PASSWORD_SALT']\n"),
    ("config/initializers/devise.rb", "Devise.setup do |config|\n  # config.pepper = '9f2c6e1a0b3d5f7e9c1a3b5d7f9e0c2a4b6d8f0e1c3a5b7d9f1e3c5a7b9d0f2e'\n"
     "  config.pepper = ENV['DEVISE_PEPPER']\nend\n"),
    (".env.example", "APP_KEYS=\"toBeModified1,toBeModified2\"\nAPI_TOKEN_SALT=tobemodified\nTRANSFER_TOKEN_SALT=tobemodified\n"),
    ("config/global.ini.php", "[General]\nsalt = \"\"\n"),
    # headers passed on or read from the environment, response headers, an image's plain settings
    ("nginx/api.conf", "proxy_set_header X-Api-Key $http_x_api_key;\nproxy_set_header Host $host;\nadd_header X-Frame-Options \"SAMEORIGIN\";\n"),
    ("apache.conf", "RequestHeader set X-Forwarded-Proto \"https\"\nRequestHeader set X-Api-Key \"%{API_KEY}e\"\n"),
    ("haproxy.cfg", "http-request set-header X-Forwarded-Proto https if { ssl_fc }\nhttp-request set-header X-Api-Key %[env(API_KEY)]\n"),
    ("Dockerfile", "FROM ruby:3.3\nENV APP_SECRET ${APP_SECRET}\nENV PATH /usr/local/bundle/bin:$PATH\nENV RAILS_ENV production\n"
     "ENV SECRET_KEY_BASE_DUMMY 1\n"),
    # package managers' credentials from CI variables, a registry's address
    ("ci.sh", "npm config set registry https://npm.acme.io/\nnpm config set //npm.acme.io/:_authToken ${NPM_TOKEN}\n"
     "yarn config set npmAuthToken \"$NPM_TOKEN\"\ncomposer config -g http-basic.repo.acme.io \"$COMPOSER_USER\" \"$COMPOSER_PASS\"\n"
     "poetry config http-basic.acme \"$POETRY_USER\" \"$POETRY_PASSWORD\"\n"),
    ("ci.ps1", "nuget sources add -Name acme -Source https://nuget.acme.io/v3/index.json -Username ci -Password $env:NUGET_PASSWORD\n"
     "nuget.exe sources update -Name acme -Password %NUGET_PW%\n"),
    # Magento: a key read, a template, a cache's `key` that is no crypt key
    ("app/etc/env.php", "<?php\nreturn ['crypt' => ['key' => getenv('MAGENTO_CRYPT_KEY')]];\n"),
    ("app/etc/env.php", "<?php\nreturn [\n    'crypt' => [\n        'key' => ''\n    ],\n    'cache' => [\n        'frontend' => [\n"
     "            'default' => [\n                'key' => 'c1f2be6c52487967e0212436555eb050'\n            ],\n        ],\n    ],\n];\n"),
    ("dev/env.php.dist", "<?php\nreturn [\n    'crypt' => [\n        'key' => 'REPLACE_WITH_bin/magento_setup:install_OUTPUT'\n    ],\n];\n"),
    ("app/etc/env.php", "<?php\nreturn [\n    'crypt' => [\n        'key' => '{{ magento_crypt_key }}'\n    ],\n];\n"),
    ("app/etc/local.xml.template", "<crypt>\n    <key><![CDATA[{{key}}]]></key>\n</crypt>\n"),
    # deploy steps' credentials from CI variables, a prompt, a key file
    (".github/workflows/deploy.yml", "jobs:\n  d:\n    steps:\n      - run: lftp -u ${{ secrets.FTP_USER }},${{ secrets.FTP_PASS }} "
     "-e 'mirror -R dist /; quit' ftp.acme.io\n      - run: lftp -u \"$FTP_USER,$FTP_PASSWORD\" ftp.acme.io\n"
     "      - run: lftp -u deploy ftp.acme.io\n"),
    (".gitlab-ci.yml", "deploy:\n  script:\n    - git ftp push --user $FTP_USERNAME --passwd $FTP_PASSWORD $FTP_HOST\n"
     "    - git ftp init -u \"$FTP_USER\" -p \"${FTP_PASS}\" ftp://host/www\n    - git ftp push -P ftp://host/www\n"
     "    - git config git-ftp.password $FTP_PASSWORD\n"),
    ("deploy.bat", "pscp -pw %FTP_PASS% app.zip deploy@host:/www\nplink -batch -i key.ppk deploy@host\n"),
    ("deploy.sh", "ncftpput -u \"$FTP_USER\" -p \"$FTP_PASS\" -P 2121 ftp.acme.io /www dist/*\n"),
    # cron lines without a key, with a reference, a placeholder, a sort key
    ("ops/crontab", "*/5 * * * * curl -s 'https://acme.io/wp-cron.php?doing_wp_cron' > /dev/null\n"
     "0 * * * * wget -q -O- 'https://acme.io/cron.php?cron_key=$CRON_KEY'\n0 3 * * * curl 'https://acme.io/import?key=daily-import'\n"
     "0 3 * * * curl 'https://maps.acme.io/api?key=YOUR_API_KEY_HERE'\n15 * * * * curl https://acme.io/cron/${DRUPAL_CRON_KEY}\n"
     "0 0 * * * curl 'https://acme.io/export?sort_key=created_at_desc_2024&page=10'\n"),
    # gem sources' credentials from the environment, placeholders, repeated or sequential hex
    ("Gemfile", "source 'https://rubygems.org'\nsource \"https://#{ENV['CONTRIBSYS_USER']}:#{ENV['CONTRIBSYS_PASS']}@gems.contribsys.com/\"\n"
     "source 'https://xxxxxxxx:xxxxxxxx@gems.contribsys.com'\nsource 'https://12345678:87654321@gems.contribsys.com'\n"),
    (".bundle/config", "---\nBUNDLE_GEMS__CONTRIBSYS__COM: \"${SIDEKIQ_CREDS}\"\nBUNDLE_ENTERPRISE__CONTRIBSYS__COM: \"abcdef12:abcdef12\"\n"
     "BUNDLE_BUILD__NOKOGIRI: \"--use-system-libraries\"\n"),
    ("Dockerfile", "ARG BUNDLE_GEMS__CONTRIBSYS__COM\nRUN bundle config set --global gems.contribsys.com $BUNDLE_GEMS__CONTRIBSYS__COM\n"
     "RUN bundle config gems.contribsys.com \"${SIDEKIQ_USER}:${SIDEKIQ_PASS}\"\n"),
]


@pytest.mark.parametrize(("filename", "text", "line", "secret"), TRUE_FORMS)
def test_the_form_blocks_at_its_line(engine: Engine, filename: str, text: str, line: int, secret: str) -> None:
    assert (line, secret) in [(number, value) for number, _, value in _blocked(engine, filename, text)]


@pytest.mark.parametrize(("filename", "text"), DECOYS)
def test_the_decoy_of_its_format_does_not_block(engine: Engine, filename: str, text: str) -> None:
    assert _blocked(engine, filename, text) == []


def test_a_salt_and_a_directive_in_documentation_stay_warnings(engine: Engine) -> None:
    text = ("Set the salt:\n\n    $settings['hash_salt'] = 'Vq7Lm2Xz9Kt4Wr8Np3Hb6Jd1Fg5As0Ce';\n\n"
            "    fastcgi_param DB_PASSWORD \"Rv7Lq2Zt9Xw4Km8N\";\n")
    assert _blocked(engine, "docs/install.md", text) == []


def test_a_directive_s_keyword_hit_blocks_with_its_key(engine: Engine) -> None:
    """detect-secrets' keyword hit on `fastcgi_param X "…";` is an assignment of X (it stayed low)."""
    findings = engine.scan_text("snippets/php.conf", 'fastcgi_param MAGENTO_DB_PASSWORD "Rv7Lq2Zt9Xw4Km8N";\n')
    keyword = [f for f in findings if f.type == "Secret Keyword"]
    assert [(f.line_number, f.secret, f.confidence.value) for f in keyword] == [(1, "Rv7Lq2Zt9Xw4Km8N", "medium")]
    assert "MAGENTO_DB_PASSWORD" in keyword[0].description


def test_a_documented_command_s_long_hex_is_an_example_s_whatever_its_length(engine: Engine) -> None:
    """A hex run is no issued key (_web_forms._issued_key): a page's 32, 40 or 64 hex digits count only sent to the
    service's own host (_drawn_hex_key). A second, length-capped hex pattern of the gem sources' once shadowed the
    first, so that a hex run past 64 digits sent anywhere read as an issued key (`?token=<128 hex>` to example.com)."""
    import random

    draw = random.Random(2690101)
    long_hex = "".join(draw.choice("0123456789abcdef") for _ in range(128))
    text = f'Fetch it by hand:\n\n    curl "https://api.example.com/v1/report?token={long_hex}"\n'
    assert _blocked(engine, "docs/report.md", text) == []
    # the gem sources' short hex pairs still block (the capped pattern kept for them)
    assert _blocked(engine, "Gemfile", 'source "https://1a2b3c4d:9e8f7a6b@gems.contribsys.com/" do\n  gem "sidekiq-pro"\nend\n')


@pytest.mark.parametrize("filename, template", [
    ("client.py", "params = {\n    'oauth_signature_method': 'PLAINTEXT',\n    'oauth_signature': '{c}&{t}',\n}\n"),
    ("client.js", 'const params = {\n  "oauth_signature_method": "PLAINTEXT",\n  "oauth_signature": "{c}&{t}",\n};\n'),
    ("request.json", '{"oauth_signature_method": "PLAINTEXT", "oauth_signature": "{c}&{t}"}\n'),
    ("client.rb", "params = { oauth_signature_method: 'PLAINTEXT', oauth_signature: '{c}&{t}' }\n"),
])
def test_an_oauth_plaintext_signature_in_a_quoted_member_or_single_quotes_blocks(engine: Engine, filename: str,
                                                                                   template: str) -> None:
    """OAuth 1.0 PLAINTEXT's signature as a dict's or JSON's member (the method's and the signature's names quoted) or
    single-quoted: its consumer secret and token secret block as a header's do (seeds of round 54's review)."""
    from tests.fakes import drawn_mixed

    consumer, token = drawn_mixed(3200051, 18), drawn_mixed(3200052, 20)
    blocked = [value for _, _, value in _blocked(engine, filename, template.replace("{c}", consumer).replace("{t}", token))]
    assert consumer in blocked and token in blocked

"""Blind set AH: student, bootcamp and hackathon projects as pushed to GitHub.

Course assignments and capstones in Python, Java (JDBC, Spring Boot), C# (appsettings.json,
Web.config), PHP (mysqli/PDO, Laravel, WordPress), Node (Express .env, MongoDB Atlas), Android
(strings.xml, gradle signing, google-services.json), Jupyter homework calling OpenAI, Hugging Face,
Google Maps and weather APIs, Firebase configs, Discord/Telegram bots for a class, Heroku/Render
deploy files and README setup sections, and their decoys (the course's documented sample
credentials, localhost defaults the README explains, `.env.example`, TA placeholders, Firebase web
config that is public by design, hashed passwords in seed SQL). Generated fakes only
(seeds 275000-279999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
URLSAFE = ALNUM + "-_"
HEX = "0123456789abcdef"
_SEED = [275000]


def _rng() -> random.Random:
    _SEED[0] += 7
    assert _SEED[0] < 280000
    return random.Random(_SEED[0])


def _seed() -> int:
    _SEED[0] += 7
    assert _SEED[0] < 280000
    return _SEED[0]


def chars(n: int, alphabet: str = ALNUM) -> str:
    r = _rng()
    return "".join(r.choice(alphabet) for _ in range(n))


def hexs(n: int) -> str:
    return chars(n, HEX)


def rbytes(n: int) -> bytes:
    r = _rng()
    return bytes(r.getrandbits(8) for _ in range(n))


def b64(s: str) -> str:
    return base64.b64encode(s.encode()).decode()


def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode().rstrip("=")


WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
NAMES = ["jessica", "daniel", "priya", "marco", "aisha", "kevin", "linh", "omar", "sofia", "tyler", "wei", "nadia"]
SEASONS = ["Summer", "Winter", "Spring", "Autumn", "Fall"]


def words_pw() -> str:
    r = _rng()
    return r.choice(WORDS) + r.choice("!#$%@*") + r.choice(WORDS) + str(r.randint(10, 9999))


def human_pw() -> str:
    """What a student really types: a name and a year, a season, a keyboard word with a digit."""
    r = _rng()
    form = r.randrange(4)
    if form == 0:
        return r.choice(NAMES) + r.choice(["@", "_", ""]) + str(r.randint(1995, 2006))
    if form == 1:
        return r.choice(SEASONS) + str(r.randint(2021, 2025)) + r.choice("!#$")
    if form == 2:
        return r.choice(NAMES).capitalize() + r.choice(WORDS).lower() + str(r.randint(10, 99)) + r.choice("!?.")
    return r.choice(WORDS) + str(r.randint(100, 999)) + r.choice(NAMES) + r.choice("#&%")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return chars(n, ALNUM + extra)


def uuid_s() -> str:
    h = hexs(32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) % 4]}{h[17:20]}-{h[20:]}"


def snowflake() -> str:
    return str(_rng().randint(700_000_000_000_000_000, 1_300_000_000_000_000_000))


# ---- service credentials, shaped as the services document them -------------------------------

def openai_key() -> str:
    return fakes.openai_key(_seed())


def openai_legacy() -> str:
    return "sk-" + chars(20) + "T3BlbkFJ" + chars(20)


def hf_token() -> str:
    return "hf_" + chars(34, string.ascii_letters)


def google_key() -> str:
    return "AIzaSy" + chars(33, URLSAFE)


def google_oauth_secret() -> str:
    return "GOCSPX-" + chars(28, URLSAFE)


def anthropic_key() -> str:
    return "sk-ant-api03-" + chars(93, URLSAFE) + "AA"


def groq_key() -> str:
    return "gsk_" + chars(52)


def replicate_token() -> str:
    return "r8_" + chars(37)


def discord_token() -> str:
    head = base64.b64encode(snowflake().encode()).decode().rstrip("=")
    return head + "." + chars(6, URLSAFE) + "." + chars(38, URLSAFE)


def discord_webhook() -> str:
    return f"https://discord.com/api/webhooks/{snowflake()}/{chars(68, URLSAFE)}"


def telegram_token() -> str:
    return fakes.telegram_token(_seed())


def github_token() -> str:
    return fakes.github_token(_seed())


def npm_token() -> str:
    return fakes.fake("npm_", 36, _seed())


def aws_id() -> str:
    return fakes.aws_key_id(_seed())


def aws_secret() -> str:
    return fakes.aws_secret_key(_seed())


def sendgrid_key() -> str:
    return fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed())


def slack_webhook() -> str:
    up = string.ascii_uppercase + string.digits
    return "https://hooks.slack.com/services/T" + chars(8, up) + "/B" + chars(10, up) + "/" + chars(24)


def slack_bot() -> str:
    r = _rng()
    return f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-" + chars(24)


def mailgun_key() -> str:
    return "key-" + hexs(32)


def twilio_sid() -> str:
    return "AC" + hexs(32)


def fcm_server_key() -> str:
    return "AAAA" + chars(7, URLSAFE) + ":APA91b" + chars(134, URLSAFE)


def ngrok_token() -> str:
    return "2" + chars(26) + "_" + chars(21)


def twitter_bearer() -> str:
    return "AAAAAAAAAAAAAAAAAAAAA" + chars(26) + "%3D" + chars(50)


def recaptcha_key() -> str:
    return "6L" + chars(38, URLSAFE)


def mapbox_token(kind: str) -> str:
    r = _rng()
    payload = json.dumps({"u": r.choice(NAMES) + str(r.randint(1, 99)), "a": "cl" + chars(23, string.ascii_lowercase + string.digits)},
                         separators=(",", ":"))
    return f"{kind}." + b64url(payload.encode()) + "." + chars(22, URLSAFE)


def jwt(payload: dict) -> str:
    head = b64url(json.dumps({"alg": "HS256", "typ": "JWT"}, separators=(",", ":")).encode())
    body = b64url(json.dumps(payload, separators=(",", ":")).encode())
    return f"{head}.{body}.{b64url(rbytes(32))}"


def supabase_key(role: str, ref: str) -> str:
    iat = _rng().randint(1_690_000_000, 1_720_000_000)
    return jwt({"iss": "supabase", "ref": ref, "role": role, "iat": iat, "exp": iat + 315_360_000})


def azure_account_key() -> str:
    return base64.b64encode(rbytes(64)).decode()


def laravel_key() -> str:
    return "base64:" + base64.b64encode(rbytes(32)).decode()


def gmail_app_pw() -> str:
    return chars(16, string.ascii_lowercase)


def pem_lines(n: int = 9) -> List[str]:
    lines = [chars(64, ALNUM + "+/") for _ in range(n)]
    return lines + [chars(40, ALNUM + "+/") + "=="]


def bcrypt_hash(cost: int = 10) -> str:
    return f"$2b${cost:02d}$" + chars(53, "./" + ALNUM)


def argon2_hash() -> str:
    return "$argon2id$v=19$m=65536,t=3,p=4$" + b64url(rbytes(16)) + "$" + b64url(rbytes(32))


def django_hash() -> str:
    return "pbkdf2_sha256$600000$" + chars(22) + "$" + base64.b64encode(rbytes(32)).decode()


def public_pem(kind: str = "PUBLIC KEY") -> str:
    body = "\n".join(chars(64, ALNUM + "+/") for _ in range(6)) + "\n" + chars(24, ALNUM + "+/") + "IDAQAB"
    return f"-----BEGIN {kind}-----\n{body}\n-----END {kind}-----"


def notebook(*cells: tuple) -> str:
    """A small nbformat 4 notebook as Jupyter writes it (indent 1); a code cell may carry stdout."""
    out = []
    count = 0
    for cell in cells:
        kind, src = cell[0], cell[1].strip("\n").split("\n")
        source = [line + "\n" for line in src[:-1]] + [src[-1]]
        if kind == "md":
            out.append({"cell_type": "markdown", "metadata": {}, "source": source})
            continue
        count += 1
        entry = {"cell_type": "code", "execution_count": count, "metadata": {}, "outputs": [], "source": source}
        if len(cell) > 2 and cell[2]:
            text = cell[2].strip("\n").split("\n")
            entry["outputs"] = [{"name": "stdout", "output_type": "stream",
                                 "text": [line + "\n" for line in text[:-1]] + [text[-1]]}]
        out.append(entry)
    doc = {"cells": out, "metadata": {"kernelspec": {"display_name": "Python 3", "language": "python", "name": "python3"},
                                      "language_info": {"name": "python", "version": "3.10.12"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1) + "\n"


# ---- case helpers ------------------------------------------------------------------------------

CASES: List[LabelledCase] = []


def T(text: str, **values: str) -> str:
    """Dedent a file's text and fill its %%NAME%% slots."""
    text = textwrap.dedent(text[1:] if text.startswith("\n") else text)
    for key, value in values.items():
        text = text.replace(f"%%{key}%%", value)
    assert "%%" not in text, text[:80]
    return text


def S(fmt: str, kind: str, name: str, source: str, text: str, secret: str, crlf: bool = False, **values: str) -> None:
    """A file carrying one planted secret (slot %%S%%)."""
    body = T(text, S=secret, **values)
    if crlf:
        body = body.replace("\n", "\r\n")
    CASES.append(LabelledCase(f"blind-ah/{fmt}/{kind}", name, body, secret, source))


def SV(fmt: str, kind: str, name: str, source: str, text: str, secret: str) -> None:
    """A secret case whose text is already whole (a notebook, an encoded or split value)."""
    CASES.append(LabelledCase(f"blind-ah/{fmt}/{kind}", name, text, secret, source))


def D(fmt: str, what: str, name: str, source: str, text: str, crlf: bool = False, **values: str) -> None:
    """A decoy file: nothing in it is a live credential."""
    body = T(text, **values)
    if crlf:
        body = body.replace("\n", "\r\n")
    CASES.append(LabelledCase(f"blind-ah/{fmt}/decoy-{what}", name, body, None, source))


def DV(fmt: str, what: str, name: str, source: str, text: str) -> None:
    CASES.append(LabelledCase(f"blind-ah/{fmt}/decoy-{what}", name, text, None, source))


def _unused(_: Optional[str]) -> None:  # keeps Optional imported for readers of the helpers
    return None


# =============================================================================================
# Node / Express / MongoDB Atlas
# =============================================================================================

S("dotenv", "mongodb-uri", ".env", "https://www.mongodb.com/docs/atlas/driver-connection/", """
PORT=5000
NODE_ENV=development
MONGO_URI=mongodb+srv://admin:%%S%%@cluster0.%%C%%.mongodb.net/mern-todo?retryWrites=true&w=majority
CLIENT_URL=http://localhost:3000
# cors
ALLOWED_ORIGINS=http://localhost:3000,http://127.0.0.1:3000
""", human_pw(), C=chars(5, string.ascii_lowercase + string.digits))

S("javascript", "mongodb-uri", "config/db.js", "https://mongoosejs.com/docs/connections.html", """
const mongoose = require('mongoose');

// TODO move to .env before final submission
const connectDB = async () => {
  try {
    const conn = await mongoose.connect(
      'mongodb+srv://%%U%%:%%S%%@cluster0.%%C%%.mongodb.net/bootcamp_blog?retryWrites=true&w=majority',
      { useNewUrlParser: true, useUnifiedTopology: true }
    );
    console.log(`MongoDB Connected: ${conn.connection.host}`);
  } catch (error) {
    console.error(`Error: ${error.message}`);
    process.exit(1);
  }
};

module.exports = connectDB;
""", words_pw(), U="priya_dev", C=chars(5, string.ascii_lowercase + string.digits))

S("javascript", "jwt-secret", "middleware/auth.js", "https://github.com/auth0/node-jsonwebtoken#readme", """
const jwt = require('jsonwebtoken');
const User = require('../models/User');

const JWT_SECRET = '%%S%%';

module.exports = async function protect(req, res, next) {
  const header = req.headers.authorization || '';
  if (!header.startsWith('Bearer ')) {
    return res.status(401).json({ msg: 'No token, authorization denied' });
  }
  try {
    const decoded = jwt.verify(header.split(' ')[1], JWT_SECRET);
    req.user = await User.findById(decoded.id).select('-password');
    next();
  } catch (err) {
    res.status(401).json({ msg: 'Token is not valid' });
  }
};

module.exports.sign = (id) => jwt.sign({ id }, JWT_SECRET, { expiresIn: '30d' });
""", "tH1s" + chars(6) + "_capstone_JWT_" + chars(8))

D("dotenv", "placeholder", ".env.example", "https://github.com/motdotla/dotenv#usage", """
# Copy this file to .env and fill in your own values (never commit .env!)
PORT=5000
NODE_ENV=development
MONGO_URI=mongodb+srv://<username>:<password>@cluster0.xxxxx.mongodb.net/<dbname>?retryWrites=true&w=majority
JWT_SECRET=your_jwt_secret_here
JWT_EXPIRE=30d
CLOUDINARY_CLOUD_NAME=
CLOUDINARY_API_KEY=
CLOUDINARY_API_SECRET=
SMTP_HOST=smtp.mailtrap.io
SMTP_PORT=2525
SMTP_EMAIL=
SMTP_PASSWORD=
""")

D("javascript", "env-reference", "server.js", "https://expressjs.com/en/starter/hello-world.html", """
require('dotenv').config();
const express = require('express');
const cors = require('cors');
const mongoose = require('mongoose');

const app = express();
app.use(cors());
app.use(express.json());

mongoose
  .connect(process.env.MONGO_URI)
  .then(() => console.log('MongoDB connected'))
  .catch((err) => console.log(err));

app.use('/api/users', require('./routes/users'));
app.use('/api/posts', require('./routes/posts'));

const PORT = process.env.PORT || 5000;
app.listen(PORT, () => console.log(`Server running on port ${PORT}`));
""")

S("javascript", "gmail-app-password", "utils/sendEmail.js", "https://nodemailer.com/usage/using-gmail/", """
const nodemailer = require('nodemailer');

const transporter = nodemailer.createTransport({
  service: 'gmail',
  auth: {
    user: 'teamfourcapstone@gmail.com',
    pass: '%%S%%', // app password, 2FA is on
  },
});

async function sendEmail({ to, subject, html }) {
  const info = await transporter.sendMail({
    from: '"Team Four" <teamfourcapstone@gmail.com>',
    to,
    subject,
    html,
  });
  console.log('Message sent: %s', info.messageId);
}

module.exports = sendEmail;
""", gmail_app_pw())

_cl_secret = chars(27, URLSAFE)
S("dotenv", "cloudinary-url", "backend/.env", "https://cloudinary.com/documentation/node_integration#configuration", """
# backend env for Render (free tier)
NODE_ENV=production
PORT=8080
CLOUDINARY_URL=cloudinary://%%K%%:%%S%%@dq%%N%%
FRONTEND_URL=https://shopsy-bootcamp.netlify.app
""", _cl_secret, K=str(_rng().randint(10**14, 10**15 - 1)), N=chars(6, string.ascii_lowercase))

_aws_id = aws_id()
S("javascript", "aws-secret-key", "routes/upload.js", "https://github.com/anacronw/multer-s3#readme", """
const express = require('express');
const multer = require('multer');
const multerS3 = require('multer-s3');
const { S3Client } = require('@aws-sdk/client-s3');

const router = express.Router();

const s3 = new S3Client({
  region: 'us-east-1',
  credentials: {
    accessKeyId: '%%I%%',
    secretAccessKey: '%%S%%',
  },
});

const upload = multer({
  storage: multerS3({
    s3,
    bucket: 'cs421-petfinder-uploads',
    key: (req, file, cb) => cb(null, `${Date.now()}-${file.originalname}`),
  }),
});

router.post('/', upload.single('image'), (req, res) => {
  res.send({ url: req.file.location });
});

module.exports = router;
""", aws_secret(), I=_aws_id)

D("javascript", "localhost", "config/database.js", "https://mongoosejs.com/docs/connections.html", """
// Local development database. Start it with `mongod --dbpath ./data`.
// The deployed app reads MONGODB_URI from Render's environment instead.
module.exports = {
  url: process.env.MONGODB_URI || 'mongodb://127.0.0.1:27017/todo_app',
  options: {
    serverSelectionTimeoutMS: 5000,
  },
};
""")

S("json", "mongodb-uri", "config/default.json", "https://github.com/node-config/node-config/wiki/Configuration-Files", """
{
  "mongoURI": "mongodb+srv://devconnector:%%S%%@devconnector-%%C%%.mongodb.net/test?retryWrites=true",
  "githubClientId": "Iv1.%%G%%",
  "port": 5000
}
""", rand_pw(16), C=chars(5, string.ascii_lowercase), G=hexs(16))

D("json", "env-mapping", "config/custom-environment-variables.json",
  "https://github.com/node-config/node-config/wiki/Environment-Variables#custom-environment-variables", """
{
  "mongoURI": "MONGO_URI",
  "jwtSecret": "JWT_SECRET",
  "githubToken": "GITHUB_TOKEN",
  "mail": {
    "user": "MAIL_USER",
    "password": "MAIL_PASSWORD"
  }
}
""")

S("dotenv", "sendgrid-key", ".env.development", "https://docs.sendgrid.com/for-developers/sending-email/api-getting-started", """
# dev settings
REACT_APP_API_URL=http://localhost:4000
SENDGRID_API_KEY=%%S%%
SENDGRID_FROM=noreply@studybuddy.dev
LOG_LEVEL=debug
""", sendgrid_key())

S("javascript", "session-secret", "app.js", "https://github.com/expressjs/session#secret", """
const express = require('express');
const session = require('express-session');
const MongoStore = require('connect-mongo');
const path = require('path');

const app = express();

app.set('view engine', 'ejs');
app.use(express.urlencoded({ extended: true }));
app.use(express.static(path.join(__dirname, 'public')));

app.use(
  session({
    secret: '%%S%%',
    resave: false,
    saveUninitialized: false,
    store: MongoStore.create({ mongoUrl: process.env.DB_URL }),
    cookie: { maxAge: 1000 * 60 * 60 * 24 },
  })
);

app.use('/', require('./routes/index'));
app.use('/campgrounds', require('./routes/campgrounds'));

module.exports = app;
""", chars(32))

D("javascript", "doc-sample", "examples/session-demo.js", "https://github.com/expressjs/session#example", """
// Week 6 lecture demo, copied from the express-session README.
var express = require('express')
var session = require('express-session')

var app = express()

app.set('trust proxy', 1) // trust first proxy
app.use(session({
  secret: 'keyboard cat',
  resave: false,
  saveUninitialized: true,
  cookie: { secure: true }
}))

app.get('/', function (req, res) {
  req.session.views = (req.session.views || 0) + 1
  res.send('views: ' + req.session.views)
})
""")

S("javascript", "discord-bot-token", "index.js", "https://discordjs.guide/creating-your-bot/main-file.html", """
const { Client, Events, GatewayIntentBits } = require('discord.js');

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });

client.once(Events.ClientReady, (c) => {
  console.log(`Ready! Logged in as ${c.user.tag}`);
});

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot) return;
  if (message.content === '!due') {
    await message.reply('CS 2110 A4 is due Friday 11:59pm');
  }
});

client.login('%%S%%');
""", discord_token())

D("json", "placeholder", "config.json", "https://discordjs.guide/creating-your-bot/#using-config-json", """
{
  "token": "your-token-goes-here",
  "clientId": "your-application-id-goes-here",
  "guildId": "your-server-id-goes-here",
  "prefix": "!"
}
""")

S("json", "discord-bot-token", "bot/config.json", "https://discordjs.guide/creating-your-bot/#using-config-json", """
{
  "token": "%%S%%",
  "clientId": "%%A%%",
  "guildId": "%%G%%",
  "prefix": "?",
  "courseChannel": "office-hours"
}
""", discord_token(), A=snowflake(), G=snowflake())

S("python", "telegram-bot-token", "bot.py", "https://docs.python-telegram-bot.org/en/stable/examples.echobot.html", """
import logging

from telegram import Update
from telegram.ext import Application, CommandHandler, ContextTypes, MessageHandler, filters

logging.basicConfig(level=logging.INFO)

TOKEN = "%%S%%"


async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Hi! I'm the INF-101 deadline bot. Try /deadlines")


async def deadlines(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    await update.message.reply_text("Lab 3: Oct 14\\nProject proposal: Oct 21")


def main() -> None:
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("start", start))
    app.add_handler(CommandHandler("deadlines", deadlines))
    app.add_handler(MessageHandler(filters.TEXT & ~filters.COMMAND, start))
    app.run_polling(allowed_updates=Update.ALL_TYPES)


if __name__ == "__main__":
    main()
""", telegram_token())

D("python", "env-reference", "telegram_bot/main.py", "https://docs.python-telegram-bot.org/en/stable/", """
import os

from dotenv import load_dotenv
from telegram.ext import Application, CommandHandler

load_dotenv()
TOKEN = os.environ["TELEGRAM_BOT_TOKEN"]  # set in .env, see README


async def ping(update, context):
    await update.message.reply_text("pong")


if __name__ == "__main__":
    app = Application.builder().token(TOKEN).build()
    app.add_handler(CommandHandler("ping", ping))
    app.run_polling()
""")

S("dotenv", "telegram-bot-token", "telegram_bot/.env", "https://core.telegram.org/bots/tutorial#obtain-your-bot-token", """
# BotFather token for @hackmit_helper_bot
TELEGRAM_BOT_TOKEN=%%S%%
ADMIN_CHAT_ID=%%A%%
DEBUG=true
POLL_INTERVAL=2
""", telegram_token(), A=str(_rng().randint(10**8, 10**9)))

S("python", "discord-webhook", "scripts/notify.py", "https://discord.com/developers/docs/resources/webhook#execute-webhook", """
\"\"\"Posts the build status of our hackathon demo to the team's #builds channel.\"\"\"
import sys

import requests

WEBHOOK_URL = "%%S%%"


def post(status: str, commit: str) -> None:
    color = 0x2ECC71 if status == "passed" else 0xE74C3C
    payload = {"embeds": [{"title": f"Build {status}", "description": commit, "color": color}]}
    r = requests.post(WEBHOOK_URL, json=payload, timeout=10)
    r.raise_for_status()


if __name__ == "__main__":
    post(sys.argv[1], sys.argv[2])
""", discord_webhook())

# =============================================================================================
# Python coursework: AI APIs, weather and maps, Django, Flask, Streamlit, bots
# =============================================================================================

S("python", "openai-key", "app.py", "https://platform.openai.com/docs/quickstart", """
import openai
from flask import Flask, jsonify, request

app = Flask(__name__)
openai.api_key = "%%S%%"


@app.route("/api/explain", methods=["POST"])
def explain():
    code = request.json.get("code", "")
    resp = openai.chat.completions.create(
        model="gpt-4o-mini",
        messages=[
            {"role": "system", "content": "You explain code to first-year CS students."},
            {"role": "user", "content": code},
        ],
    )
    return jsonify({"answer": resp.choices[0].message.content})


if __name__ == "__main__":
    app.run(debug=True)
""", openai_key())

S("python", "openai-key", "chatbot.py", "https://github.com/openai/openai-python#usage", """
# COMP 3350 final project - study buddy chatbot
from openai import OpenAI

client = OpenAI(api_key="%%S%%")

history = [{"role": "system", "content": "You are a patient tutor for intro statistics."}]

while True:
    q = input("You: ")
    if q.strip().lower() in {"quit", "exit"}:
        break
    history.append({"role": "user", "content": q})
    reply = client.chat.completions.create(model="gpt-3.5-turbo", messages=history)
    text = reply.choices[0].message.content
    history.append({"role": "assistant", "content": text})
    print("Bot:", text)
""", openai_legacy())

S("python", "huggingface-token", "train/push_model.py", "https://huggingface.co/docs/huggingface_hub/quick-start#login", """
from huggingface_hub import login
from transformers import AutoModelForSequenceClassification, AutoTokenizer

login(token="%%S%%")

model = AutoModelForSequenceClassification.from_pretrained("./outputs/checkpoint-1200")
tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")

model.push_to_hub("dsc180-group7/tweet-sentiment")
tokenizer.push_to_hub("dsc180-group7/tweet-sentiment")
print("pushed")
""", hf_token())

S("python", "google-api-key", "geo.py", "https://github.com/googlemaps/google-maps-services-python#usage", """
import googlemaps
import pandas as pd

gmaps = googlemaps.Client(key='%%S%%')


def geocode_addresses(path):
    df = pd.read_csv(path)
    lats, lngs = [], []
    for addr in df["address"]:
        result = gmaps.geocode(addr)
        if result:
            loc = result[0]["geometry"]["location"]
            lats.append(loc["lat"])
            lngs.append(loc["lng"])
        else:
            lats.append(None)
            lngs.append(None)
    df["lat"], df["lng"] = lats, lngs
    return df


if __name__ == "__main__":
    geocode_addresses("data/food_banks.csv").to_csv("data/food_banks_geo.csv", index=False)
""", google_key())

S("python", "openweather-key", "weather.py", "https://openweathermap.org/current#name", """
import requests

API_KEY = "%%S%%"
BASE_URL = "https://api.openweathermap.org/data/2.5/weather"


def get_weather(city: str, units: str = "metric") -> dict:
    params = {"q": city, "appid": API_KEY, "units": units}
    r = requests.get(BASE_URL, params=params, timeout=10)
    r.raise_for_status()
    data = r.json()
    return {
        "city": data["name"],
        "temp": data["main"]["temp"],
        "description": data["weather"][0]["description"],
    }


if __name__ == "__main__":
    print(get_weather(input("City: ")))
""", hexs(32))

D("python", "env-reference", "weather_app/api.py", "https://openweathermap.org/appid", """
import os

import requests

# Each student uses their own free key: export OWM_API_KEY=... (see README, step 3).
API_KEY = os.getenv("OWM_API_KEY")
if not API_KEY:
    raise SystemExit("Set OWM_API_KEY first")


def forecast(lat: float, lon: float) -> dict:
    url = "https://api.openweathermap.org/data/2.5/forecast"
    return requests.get(url, params={"lat": lat, "lon": lon, "appid": API_KEY}, timeout=10).json()
""")

S("python", "django-secret-key", "mysite/settings.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key", """
\"\"\"
Django settings for mysite project.

Generated by 'django-admin startproject' using Django 5.0.4.
\"\"\"

from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

# SECURITY WARNING: keep the secret key used in production secret!
SECRET_KEY = '%%S%%'

# SECURITY WARNING: don't run with debug turned on in production!
DEBUG = False

ALLOWED_HOSTS = ['polls-cs1122.onrender.com', 'localhost']

INSTALLED_APPS = [
    'polls.apps.PollsConfig',
    'django.contrib.admin',
    'django.contrib.auth',
    'django.contrib.contenttypes',
    'django.contrib.sessions',
    'django.contrib.messages',
    'django.contrib.staticfiles',
]

DATABASES = {
    'default': {
        'ENGINE': 'django.db.backends.sqlite3',
        'NAME': BASE_DIR / 'db.sqlite3',
    }
}
""", "django-insecure-" + fakes.django_secret_key(_seed()))

S("python", "postgres-password", "capstone/settings/production.py", "https://docs.djangoproject.com/en/5.0/ref/settings/#databases", """
import os

from .base import *  # noqa

DEBUG = False
SECRET_KEY = os.environ["DJANGO_SECRET_KEY"]
ALLOWED_HOSTS = ["recipe-share.onrender.com"]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "recipeshare_db",
        "USER": "recipeshare_db_user",
        "PASSWORD": "%%S%%",
        "HOST": "dpg-%%H%%-a.oregon-postgres.render.com",
        "PORT": "5432",
    }
}

STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"
""", chars(32), H=chars(20, string.ascii_lowercase + string.digits))

D("python", "env-reference", "config/settings.py", "https://github.com/jazzband/dj-database-url#usage", """
import os
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("SECRET_KEY", "insecure-dev-only-key-change-me")
DEBUG = os.environ.get("DEBUG", "0") == "1"
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "localhost").split(",")

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=600,
    )
}

EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
""")

S("python", "mysql-password", "config.py", "https://flask-sqlalchemy.palletsprojects.com/en/3.1.x/config/", """
import os


class Config:
    SECRET_KEY = os.environ.get("SECRET_KEY") or "dev"
    SQLALCHEMY_DATABASE_URI = (
        "mysql+pymysql://cs3380_team2:%%S%%@cs3380-db.%%H%%.us-east-2.rds.amazonaws.com:3306/library"
    )
    SQLALCHEMY_TRACK_MODIFICATIONS = False
    BOOKS_PER_PAGE = 20


class TestConfig(Config):
    TESTING = True
    SQLALCHEMY_DATABASE_URI = "sqlite://"
""", words_pw(), H=chars(12, string.ascii_lowercase + string.digits))

D("python", "doc-default", "flaskr/__init__.py", "https://flask.palletsprojects.com/en/3.0.x/tutorial/factory/", """
import os

from flask import Flask


def create_app(test_config=None):
    # create and configure the app (straight from the Flask tutorial, week 4)
    app = Flask(__name__, instance_relative_config=True)
    app.config.from_mapping(
        SECRET_KEY='dev',
        DATABASE=os.path.join(app.instance_path, 'flaskr.sqlite'),
    )

    if test_config is None:
        # load the instance config, if it exists, when not testing
        app.config.from_pyfile('config.py', silent=True)
    else:
        app.config.from_mapping(test_config)

    os.makedirs(app.instance_path, exist_ok=True)

    from . import db
    db.init_app(app)
    return app
""")

S("toml", "openai-key", ".streamlit/secrets.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Streamlit Community Cloud secrets (copied here so teammates can run it locally)
OPENAI_API_KEY = "%%S%%"

[app]
title = "Resume Roaster"
max_tokens = 800
""", openai_key())

D("toml", "placeholder", ".streamlit/secrets.example.toml", "https://docs.streamlit.io/develop/concepts/connections/secrets-management", """
# Rename to secrets.toml and put your own keys in. secrets.toml is gitignored.
OPENAI_API_KEY = "sk-..."
HF_TOKEN = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"

[connections.postgresql]
dialect = "postgresql"
host = "localhost"
port = "5432"
database = "xxx"
username = "xxx"
password = "xxx"
""")

S("python", "spotify-client-secret", "spotify_client.py", "https://spotipy.readthedocs.io/en/latest/#client-credentials-flow", """
import spotipy
from spotipy.oauth2 import SpotifyClientCredentials

CLIENT_ID = "%%I%%"
CLIENT_SECRET = "%%S%%"

sp = spotipy.Spotify(auth_manager=SpotifyClientCredentials(client_id=CLIENT_ID, client_secret=CLIENT_SECRET))


def top_tracks(artist_name: str):
    artist = sp.search(q=f"artist:{artist_name}", type="artist")["artists"]["items"][0]
    return [t["name"] for t in sp.artist_top_tracks(artist["id"])["tracks"]]


if __name__ == "__main__":
    for name in top_tracks("Mitski"):
        print(name)
""", hexs(32), I=hexs(32))

S("ini", "reddit-client-secret", "praw.ini", "https://praw.readthedocs.io/en/stable/getting_started/configuration/prawini.html", """
[DEFAULT]
check_for_updates=False
comment_kind=t1

[scraper]
client_id=%%I%%
client_secret=%%S%%
user_agent=python:ds3001-reddit-scraper:v0.2 (by u/%%U%%)
""", chars(30, URLSAFE), I=chars(22, URLSAFE), U="tyler_ds3001")

S("python", "twitter-bearer-token", "collect_tweets.py", "https://docs.tweepy.org/en/stable/client.html", """
import csv

import tweepy

BEARER_TOKEN = "%%S%%"

client = tweepy.Client(bearer_token=BEARER_TOKEN, wait_on_rate_limit=True)

query = "#climatechange -is:retweet lang:en"
with open("data/tweets.csv", "w", newline="", encoding="utf-8") as f:
    writer = csv.writer(f)
    writer.writerow(["id", "created_at", "text"])
    for tweet in tweepy.Paginator(client.search_recent_tweets, query=query,
                                  tweet_fields=["created_at"], max_results=100).flatten(limit=2000):
        writer.writerow([tweet.id, tweet.created_at, tweet.text])
""", twitter_bearer())

S("python", "postgres-password", "db.py", "https://docs.sqlalchemy.org/en/20/core/engines.html#postgresql", """
from sqlalchemy import create_engine
from sqlalchemy.orm import declarative_base, sessionmaker

# Heroku Postgres (hobby-dev), copied from `heroku config:get DATABASE_URL`
DATABASE_URL = "postgresql://%%U%%:%%S%%@ec2-54-%%A%%.compute-1.amazonaws.com:5432/%%N%%"

engine = create_engine(DATABASE_URL, pool_pre_ping=True)
SessionLocal = sessionmaker(bind=engine, autoflush=False, autocommit=False)
Base = declarative_base()


def get_db():
    db = SessionLocal()
    try:
        yield db
    finally:
        db.close()
""", hexs(64), U=chars(14, string.ascii_lowercase), A="%d-%d-%d" % (_rng().randint(1, 254), _rng().randint(1, 254), _rng().randint(1, 254)),
  N=chars(14, string.ascii_lowercase + string.digits))

_tw_sid = twilio_sid()
S("python", "twilio-auth-token", "sms.py", "https://www.twilio.com/docs/sms/quickstart/python", """
from twilio.rest import Client

account_sid = "%%I%%"
auth_token = "%%S%%"
client = Client(account_sid, auth_token)


def remind(phone: str, text: str) -> str:
    message = client.messages.create(body=text, from_="+15017122661", to=phone)
    return message.sid


if __name__ == "__main__":
    print(remind("+15558675310", "Your pill reminder: 8:00 PM"))
""", hexs(32), I=_tw_sid)

S("json", "kaggle-key", "kaggle.json", "https://www.kaggle.com/docs/api#authentication", """
{
  "username": "%%U%%",
  "key": "%%S%%"
}

""", hexs(32), U="aishakhan07")

S("python", "wandb-key", "train.py", "https://docs.wandb.ai/ref/python/login", """
import torch
import wandb
from torch import nn

wandb.login(key="%%S%%")
run = wandb.init(project="cs231n-a2", config={"lr": 3e-4, "epochs": 20, "batch_size": 64})

model = nn.Sequential(nn.Flatten(), nn.Linear(3 * 32 * 32, 512), nn.ReLU(), nn.Linear(512, 10))
opt = torch.optim.Adam(model.parameters(), lr=run.config.lr)

for epoch in range(run.config.epochs):
    loss = torch.rand(1).item()  # placeholder until the dataloader is fixed
    wandb.log({"epoch": epoch, "loss": loss})

run.finish()
""", hexs(40))

S("python", "anthropic-key", "claude_helper.py", "https://docs.anthropic.com/en/api/client-sdks", """
import anthropic

client = anthropic.Anthropic(
    api_key="%%S%%",
)


def summarize(text: str) -> str:
    message = client.messages.create(
        model="claude-3-haiku-20240307",
        max_tokens=512,
        messages=[{"role": "user", "content": f"Summarize for a 5th grader:\\n\\n{text}"}],
    )
    return message.content[0].text
""", anthropic_key())

S("dotenv", "groq-key", "hackathon/.env", "https://console.groq.com/docs/quickstart", """
# HackUTD 2024 - team Pixel Pushers
GROQ_API_KEY=%%S%%
MODEL=llama3-8b-8192
FLASK_ENV=development
PORT=5050
""", groq_key())

S("python", "google-api-key", "gemini_demo.py", "https://ai.google.dev/gemini-api/docs/quickstart?lang=python", """
import google.generativeai as genai

genai.configure(api_key="%%S%%")

model = genai.GenerativeModel("gemini-1.5-flash")

prompt = "Write three quiz questions about photosynthesis for 8th graders."
response = model.generate_content(prompt)
print(response.text)
""", google_key())

S("python", "replicate-token", "generate.py", "https://replicate.com/docs/get-started/python", """
import os

import replicate

os.environ["REPLICATE_API_TOKEN"] = "%%S%%"

output = replicate.run(
    "stability-ai/sdxl:39ed52f2a78e934b3ba6e2a89f5b1c712de7dfea535525255b1aa35c5565e08b",
    input={"prompt": "a cozy library on the moon, watercolor"},
)
for url in output:
    print(url)
""", replicate_token())

S("python", "mysql-password", "db_connect.py", "https://dev.mysql.com/doc/connector-python/en/connector-python-example-connecting.html", """
import mysql.connector

# CS 340 shared class server; each group has its own schema
cnx = mysql.connector.connect(
    host="classmysql.engr.oregonstate.edu",
    user="cs340_nguyenli",
    password="%%S%%",
    database="cs340_nguyenli",
)

cursor = cnx.cursor(dictionary=True)
cursor.execute("SELECT * FROM Customers LIMIT 5")
for row in cursor:
    print(row)
cnx.close()
""", "%04d" % _rng().randint(0, 9999))

D("python", "localhost-default", "db/connection.py", "https://dev.mysql.com/doc/connector-python/en/connector-python-example-connecting.html", """
\"\"\"Local MySQL for the lab machines.

The lab image ships MySQL with the root account and an empty password (see the
lab handout, section 1.2). Nothing here is used outside the lab VM.
\"\"\"
import pymysql


def connect():
    return pymysql.connect(
        host="localhost",
        user="root",
        password="",
        database="inventory_lab",
        cursorclass=pymysql.cursors.DictCursor,
    )
""")

S("python", "gmail-app-password", "send_report.py", "https://docs.python.org/3/library/smtplib.html#smtp-example", """
import smtplib
from email.message import EmailMessage

SENDER = "marco.iot.project@gmail.com"
APP_PASSWORD = "%%S%%"


def send(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = SENDER, to, subject
    msg.set_content(body)
    with smtplib.SMTP_SSL("smtp.gmail.com", 465) as smtp:
        smtp.login(SENDER, APP_PASSWORD)
        smtp.send_message(msg)


if __name__ == "__main__":
    send("prof.lee@university.edu", "Greenhouse sensor report", open("report.txt").read())
""", gmail_app_pw())

S("python", "newsapi-key", "news/fetch.py", "https://newsapi.org/docs/endpoints/top-headlines", """
import requests


def top_headlines(country="us", category="technology", api_key="%%S%%"):
    \"\"\"Fetch the top headlines.

    Example:
        >>> top_headlines("gb", api_key="%%S%%")[0]["title"]
        'Some headline'
    \"\"\"
    url = "https://newsapi.org/v2/top-headlines"
    params = {"country": country, "category": category, "apiKey": api_key}
    return requests.get(url, params=params, timeout=10).json()["articles"]
""", hexs(32))

_sb_ref = chars(20, string.ascii_lowercase)
S("python", "supabase-service-key", "backend/supabase_client.py", "https://supabase.com/docs/guides/api/api-keys", """
from supabase import Client, create_client

SUPABASE_URL = "https://%%R%%.supabase.co"
# service_role so the cron job can bypass RLS
SUPABASE_KEY = "%%S%%"

supabase: Client = create_client(SUPABASE_URL, SUPABASE_KEY)


def expire_old_listings():
    return supabase.table("listings").delete().lt("expires_at", "now()").execute()
""", supabase_key("service_role", _sb_ref), R=_sb_ref)

_sb_ref2 = chars(20, string.ascii_lowercase)
D("javascript", "public-anon-key", "src/supabaseClient.js", "https://supabase.com/docs/guides/api/api-keys#the-anon-key", """
import { createClient } from '@supabase/supabase-js'

// The anon key is safe to ship to the browser: row level security protects the data.
const supabaseUrl = 'https://%%R%%.supabase.co'
const supabaseAnonKey = '%%K%%'

export const supabase = createClient(supabaseUrl, supabaseAnonKey)
""", R=_sb_ref2, K=supabase_key("anon", _sb_ref2))

S("python", "mongodb-uri", "database.py", "https://pymongo.readthedocs.io/en/stable/atlas.html", """
from pymongo import MongoClient
from pymongo.server_api import ServerApi

uri = "mongodb+srv://sofia:%%S%%@cluster0.%%C%%.mongodb.net/?retryWrites=true&w=majority&appName=Cluster0"

client = MongoClient(uri, server_api=ServerApi("1"))
db = client["recipes"]

try:
    client.admin.command("ping")
    print("Pinged your deployment. You successfully connected to MongoDB!")
except Exception as e:
    print(e)
""", human_pw(), C=chars(5, string.ascii_lowercase + string.digits))

D("python", "test-fixture", "tests/conftest.py", "https://docs.pytest.org/en/stable/how-to/fixtures.html", """
import mongomock
import pytest

from app import create_app


@pytest.fixture
def client():
    app = create_app({"TESTING": True, "MONGO_URI": "mongodb://localhost:27017/test_db"})
    app.db = mongomock.MongoClient().db
    with app.test_client() as c:
        yield c


@pytest.fixture
def user(client):
    client.post("/register", data={"username": "test_user", "password": "test-password"})
    return {"username": "test_user", "password": "test-password"}
""")

S("python", "slack-bot-token", "slack_app.py", "https://slack.dev/bolt-python/tutorial/getting-started", """
from slack_bolt import App
from slack_bolt.adapter.socket_mode import SocketModeHandler
import os

app = App(token="%%S%%")


@app.message("standup")
def standup(message, say):
    say(f"Hey <@{message['user']}>! What did you ship yesterday?")


if __name__ == "__main__":
    SocketModeHandler(app, os.environ["SLACK_APP_TOKEN"]).start()
""", slack_bot())

S("python", "github-token", "scripts/create_student_repos.py", "https://pygithub.readthedocs.io/en/stable/introduction.html", """
\"\"\"TA script: create one private repo per student in the course org from roster.csv.\"\"\"
import csv

from github import Auth, Github

g = Github(auth=Auth.Token("%%S%%"))
org = g.get_organization("cse110-fa24")

with open("roster.csv") as f:
    for row in csv.DictReader(f):
        name = f"pa1-{row['github']}"
        repo = org.create_repo(name, private=True, auto_init=True)
        repo.add_to_collaborators(row["github"], permission="push")
        print("created", repo.full_name)
""", github_token())

_dtok = discord_token()
SV("python", "discord-bot-token", "cogs/main.py", "https://discordpy.readthedocs.io/en/stable/quickstart.html", T("""
import discord
from discord.ext import commands

intents = discord.Intents.default()
intents.message_content = True
bot = commands.Bot(command_prefix="$", intents=intents)


@bot.event
async def on_ready():
    print(f"Logged in as {bot.user}")


@bot.command()
async def quiz(ctx):
    await ctx.send("What is the time complexity of binary search?")


# split so GitHub doesn't auto-revoke it (lol)
bot.run(
    "%%A%%"
    "%%B%%"
)
""", A=_dtok[:30], B=_dtok[30:]), _dtok)

# =============================================================================================
# Jupyter homework
# =============================================================================================

_k = openai_key()
SV("notebook", "openai-key", "hw3_sentiment.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", notebook(
    ("md", "# HW3: Zero-shot sentiment with an LLM\nName: Linh Tran"),
    ("code", f'from openai import OpenAI\nclient = OpenAI(api_key="{_k}")'),
    ("code", 'def label(text):\n    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"Positive or negative? {text}"}])\n    return r.choices[0].message.content\n\nlabel("The lecture was great")',
     "Positive"),
), _k)

_k = hf_token()
SV("notebook", "huggingface-token", "Lab7_finetune.ipynb", "https://huggingface.co/docs/huggingface_hub/guides/cli#huggingface-cli-login", notebook(
    ("md", "## Lab 7 - Fine-tune BERT on IMDB\nRun on Colab with a T4 GPU."),
    ("code", "!pip install -q transformers datasets accelerate"),
    ("code", f"!huggingface-cli login --token {_k}",
     "Token is valid (permission: write).\nYour token has been saved to /root/.cache/huggingface/token\nLogin successful"),
    ("code", "from datasets import load_dataset\nds = load_dataset('imdb')\nds"),
), _k)

_k = google_key()
SV("notebook", "google-api-key", "Lab5_Geocoding.ipynb", "https://developers.google.com/maps/documentation/geocoding/requests-geocoding", notebook(
    ("md", "### Lab 5: Geocoding Chicago libraries"),
    ("code", "import requests, pandas as pd\nlibs = pd.read_csv('libraries.csv')\nlen(libs)", "81"),
    ("code", f"GMAPS_KEY = '{_k}'\n\ndef geocode(addr):\n    url = 'https://maps.googleapis.com/maps/api/geocode/json'\n    return requests.get(url, params={{'address': addr, 'key': GMAPS_KEY}}).json()['results'][0]['geometry']['location']"),
    ("code", "geocode(libs.address[0])", "{'lat': 41.8757, 'lng': -87.6243}"),
), _k)

_k = hexs(32)
SV("notebook", "openweather-key", "project/EDA_weather.ipynb", "https://openweathermap.org/api/one-call-3", notebook(
    ("md", "# Weather vs. bike rentals"),
    ("code", "import requests\nkey = open('owm_key.txt').read().strip()\nurl = f'https://api.openweathermap.org/data/2.5/weather?q=Boston&appid={key}&units=metric'\nprint(url)\nresp = requests.get(url).json()",
     f"https://api.openweathermap.org/data/2.5/weather?q=Boston&appid={_k}&units=metric"),
    ("code", "resp['main']", "{'temp': 11.3, 'feels_like': 9.8, 'humidity': 71}"),
), _k)

DV("notebook", "getpass", "hw4_rag.ipynb", "https://docs.python.org/3/library/getpass.html", notebook(
    ("md", "# HW4: Retrieval-augmented QA\nEnter your own OpenAI key when prompted; it is not saved in the notebook."),
    ("code", "import getpass, os\nos.environ['OPENAI_API_KEY'] = getpass.getpass('OpenAI API key: ')", "OpenAI API key: \u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7\u00b7"),
    ("code", "from langchain_openai import ChatOpenAI\nllm = ChatOpenAI(model='gpt-4o-mini')\nllm.invoke('hello').content", "'Hello! How can I assist you today?'"),
))

DV("notebook", "secret-manager", "Final_Project_Colab.ipynb", "https://colab.research.google.com/notebooks/snippets/secrets.ipynb", notebook(
    ("md", "# Final project: caption generator\nAdd `HF_TOKEN` in the Colab Secrets panel (key icon on the left)."),
    ("code", "from google.colab import userdata\nfrom huggingface_hub import login\nlogin(token=userdata.get('HF_TOKEN'))"),
    ("code", "from transformers import pipeline\ncap = pipeline('image-to-text', model='Salesforce/blip-image-captioning-base')\ncap('dog.jpg')", "[{'generated_text': 'a dog sitting on a couch'}]"),
))

DV("notebook", "ta-placeholder", "assignment2_starter.ipynb", "https://platform.openai.com/docs/quickstart", notebook(
    ("md", "# Assignment 2 (starter code)\n**TA note:** paste your own key below. Do NOT submit the notebook with your key in it; Gradescope will reject it."),
    ("code", 'OPENAI_API_KEY = "YOUR_OPENAI_API_KEY_HERE"  # TODO(student)\nassert OPENAI_API_KEY != "YOUR_OPENAI_API_KEY_HERE", "Set your key first"'),
    ("code", "# YOUR CODE HERE\nraise NotImplementedError()"),
))

_k = openai_key()
SV("notebook", "openai-key", "notebooks/01_embeddings.ipynb", "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env", notebook(
    ("code", f"%env OPENAI_API_KEY={_k}", f"env: OPENAI_API_KEY={_k}"),
    ("code", "from openai import OpenAI\nclient = OpenAI()\nemb = client.embeddings.create(model='text-embedding-3-small', input=['cat', 'dog'])\nlen(emb.data[0].embedding)", "1536"),
), _k)

DV("notebook", "masked-output", "notebooks/02_check_env.ipynb", "https://nbformat.readthedocs.io/en/latest/format_description.html", notebook(
    ("md", "Sanity check that everyone's environment is set up (from the course setup guide)."),
    ("code", "import os, hashlib\nk = os.environ.get('OPENAI_API_KEY', '')\nprint('key set:', bool(k), '|', k[:8] + '...' + k[-4:] if k else '')",
     "key set: True | sk-proj-...xY3q"),
    ("code", "hashlib.sha256(open('data/train.csv','rb').read()).hexdigest()",
     "'" + hexs(64) + "'"),
))

_kg = hexs(32)
SV("notebook", "kaggle-key", "Kaggle_Titanic_Colab.ipynb", "https://github.com/Kaggle/kaggle-api#api-credentials", notebook(
    ("md", "# Titanic - DS100 group 12"),
    ("code", f"!mkdir -p ~/.kaggle\n!echo '{{\"username\":\"omarfarooq\",\"key\":\"{_kg}\"}}' > ~/.kaggle/kaggle.json\n!chmod 600 ~/.kaggle/kaggle.json"),
    ("code", "!kaggle competitions download -c titanic", "Downloading titanic.zip to /content\n100% 34.1k/34.1k [00:00<00:00, 1.2MB/s]"),
), _kg)

# =============================================================================================
# Java: JDBC, Spring Boot, Hibernate
# =============================================================================================

S("properties", "mysql-password", "src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html#appendix.application-properties.data", """
spring.application.name=library-management
server.port=8081

spring.datasource.url=jdbc:mysql://capstone-db.%%H%%.us-west-1.rds.amazonaws.com:3306/library?useSSL=false&serverTimezone=UTC
spring.datasource.username=admin
spring.datasource.password=%%S%%
spring.datasource.driver-class-name=com.mysql.cj.jdbc.Driver

spring.jpa.hibernate.ddl-auto=update
spring.jpa.show-sql=true
spring.jpa.properties.hibernate.dialect=org.hibernate.dialect.MySQL8Dialect
""", human_pw(), H=chars(12, string.ascii_lowercase + string.digits))

S("properties", "gmail-app-password", "backend/src/main/resources/application-prod.properties", "https://docs.spring.io/spring-boot/reference/io/email.html", """
# production profile
spring.datasource.url=${JDBC_DATABASE_URL}
spring.mail.host=smtp.gmail.com
spring.mail.port=587
spring.mail.username=hotelbooking.team3@gmail.com
spring.mail.password=%%S%%
spring.mail.properties.mail.smtp.auth=true
spring.mail.properties.mail.smtp.starttls.enable=true
""", gmail_app_pw())

D("properties", "env-reference", "api/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.property-placeholders", """
spring.datasource.url=jdbc:postgresql://${DB_HOST:localhost}:5432/${DB_NAME:eventhub}
spring.datasource.username=${DB_USER:postgres}
spring.datasource.password=${DB_PASSWORD}
spring.jpa.hibernate.ddl-auto=validate
jwt.secret=${JWT_SECRET}
jwt.expiration-ms=86400000
management.endpoints.web.exposure.include=health,info
""")

D("properties", "localhost-default", "src/main/resources/application-test.properties", "https://docs.spring.io/spring-boot/reference/data/sql.html#data.sql.datasource.embedded", """
# In-memory H2 for unit tests (H2's default admin is "sa" with no password)
spring.datasource.url=jdbc:h2:mem:testdb;DB_CLOSE_DELAY=-1
spring.datasource.driverClassName=org.h2.Driver
spring.datasource.username=sa
spring.datasource.password=
spring.h2.console.enabled=true
spring.jpa.database-platform=org.hibernate.dialect.H2Dialect
""")

S("yaml", "postgres-password", "src/main/resources/application.yml", "https://docs.spring.io/spring-boot/reference/features/external-config.html#features.external-config.files.yaml", """
server:
  port: 8080

spring:
  datasource:
    url: jdbc:postgresql://db.%%R%%.supabase.co:5432/postgres
    username: postgres
    password: "%%S%%"
  jpa:
    hibernate:
      ddl-auto: update
    open-in-view: false

logging:
  level:
    org.hibernate.SQL: debug
""", words_pw(), R=chars(20, string.ascii_lowercase))

D("yaml", "localhost-default", "src/main/resources/application-dev.yml", "https://hub.docker.com/_/postgres", """
# Dev profile: matches docker-compose.yml (the postgres image's documented
# defaults). Start with `docker compose up -d db` - see README "Running locally".
spring:
  datasource:
    url: jdbc:postgresql://localhost:5432/postgres
    username: postgres
    password: postgres
  jpa:
    hibernate:
      ddl-auto: create-drop
""")

S("java", "mysql-password", "src/dao/DBConnection.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
package dao;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public class DBConnection {
    private static final String URL = "jdbc:mysql://sql%%N%%.freesqldatabase.com:3306/sql%%D%%";
    private static final String USER = "sql%%D%%";
    private static final String PASS = "%%S%%";

    private static Connection conn;

    public static Connection getConnection() throws SQLException {
        if (conn == null || conn.isClosed()) {
            conn = DriverManager.getConnection(URL, USER, PASS);
        }
        return conn;
    }
}
""", chars(10), N=str(_rng().randint(3, 12)), D=str(_rng().randint(6_000_000, 7_000_000)))

D("java", "env-reference", "src/main/java/edu/school/db/Database.java", "https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html", """
package edu.school.db;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

public final class Database {
    private Database() {}

    /** Credentials come from the environment (see README: export DB_USER / DB_PASS). */
    public static Connection connect() throws SQLException {
        String url = System.getenv().getOrDefault("DB_URL", "jdbc:sqlite:school.db");
        String user = System.getenv("DB_USER");
        String pass = System.getenv("DB_PASS");
        return user == null ? DriverManager.getConnection(url) : DriverManager.getConnection(url, user, pass);
    }
}
""")

S("java", "jwt-secret", "src/main/java/com/team7/security/JwtUtil.java", "https://github.com/jwtk/jjwt#signing-key", """
package com.team7.security;

import io.jsonwebtoken.Jwts;
import io.jsonwebtoken.io.Decoders;
import io.jsonwebtoken.security.Keys;
import java.util.Date;
import javax.crypto.SecretKey;
import org.springframework.stereotype.Component;

@Component
public class JwtUtil {
    private static final String SECRET = "%%S%%";
    private static final long EXPIRATION = 1000L * 60 * 60 * 10;

    private SecretKey key() {
        return Keys.hmacShaKeyFor(Decoders.BASE64.decode(SECRET));
    }

    public String generateToken(String username) {
        return Jwts.builder()
                .subject(username)
                .issuedAt(new Date())
                .expiration(new Date(System.currentTimeMillis() + EXPIRATION))
                .signWith(key())
                .compact();
    }
}
""", base64.b64encode(rbytes(48)).decode())

S("properties", "jwt-secret", "server/src/main/resources/application.properties", "https://docs.spring.io/spring-boot/appendix/application-properties/index.html", """
spring.datasource.url=jdbc:h2:file:./data/quizdb
spring.datasource.username=sa
spring.datasource.password=
app.jwtSecret=%%S%%
app.jwtExpirationMs=86400000
app.cors.allowed-origins=http://localhost:5173
""", chars(64))

_pl = pem_lines()
_pem_json = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(_pl) + "\\n-----END PRIVATE KEY-----\\n"
S("json", "gcp-service-account-key", "src/main/resources/serviceAccountKey.json", "https://firebase.google.com/docs/admin/setup#initialize_the_sdk_in_non-google_environments", """
{
  "type": "service_account",
  "project_id": "campus-lostfound",
  "private_key_id": "%%K%%",
  "private_key": "%%P%%",
  "client_email": "firebase-adminsdk-x8q2p@campus-lostfound.iam.gserviceaccount.com",
  "client_id": "%%C%%",
  "auth_uri": "https://accounts.google.com/o/oauth2/auth",
  "token_uri": "https://oauth2.googleapis.com/token",
  "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
  "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/firebase-adminsdk-x8q2p%40campus-lostfound.iam.gserviceaccount.com",
  "universe_domain": "googleapis.com"
}
""", _pl[2], K=hexs(40), P=_pem_json, C=str(_rng().randint(10**20, 10**21 - 1)))

S("xml", "mysql-password", "src/main/resources/hibernate.cfg.xml", "https://docs.jboss.org/hibernate/orm/6.4/quickstart/html_single/#hibernate-gsg-tutorial-basic-config", """
<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE hibernate-configuration PUBLIC
        "-//Hibernate/Hibernate Configuration DTD 3.0//EN"
        "http://www.hibernate.org/dtd/hibernate-configuration-3.0.dtd">
<hibernate-configuration>
    <session-factory>
        <property name="hibernate.connection.driver_class">com.mysql.cj.jdbc.Driver</property>
        <property name="hibernate.connection.url">jdbc:mysql://localhost:3306/hospital_mgmt</property>
        <property name="hibernate.connection.username">root</property>
        <property name="hibernate.connection.password">%%S%%</property>
        <property name="hibernate.dialect">org.hibernate.dialect.MySQLDialect</property>
        <property name="hibernate.hbm2ddl.auto">update</property>
        <property name="show_sql">true</property>
        <mapping class="com.hms.model.Patient"/>
        <mapping class="com.hms.model.Doctor"/>
    </session-factory>
</hibernate-configuration>
""", human_pw())

D("xml", "env-reference", "pom.xml", "https://documentation.red-gate.com/fd/maven-goal-184127408.html", """
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <groupId>edu.uni.se2</groupId>
  <artifactId>ticketing</artifactId>
  <version>0.1.0</version>
  <build>
    <plugins>
      <plugin>
        <groupId>org.flywaydb</groupId>
        <artifactId>flyway-maven-plugin</artifactId>
        <version>10.10.0</version>
        <configuration>
          <url>jdbc:postgresql://localhost:5432/ticketing</url>
          <user>${env.DB_USER}</user>
          <password>${env.DB_PASSWORD}</password>
        </configuration>
      </plugin>
    </plugins>
  </build>
</project>
""")

# =============================================================================================
# C# / ASP.NET
# =============================================================================================

S("json", "mssql-password", "appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/configuration/#connection-string-prefixes", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "DefaultConnection": "Server=tcp:bookstore-capstone.database.windows.net,1433;Initial Catalog=BookstoreDb;Persist Security Info=False;User ID=sqladmin;Password=%%S%%;MultipleActiveResultSets=False;Encrypt=True;TrustServerCertificate=False;Connection Timeout=30;"
  }
}
""", words_pw())

S("json", "sendgrid-key", "WebApp/appsettings.Development.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/accconfirm#configure-email-provider", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Debug"
    }
  },
  "SendGrid": {
    "ApiKey": "%%S%%",
    "FromEmail": "no-reply@gymtracker.app",
    "FromName": "Gym Tracker"
  }
}
""", sendgrid_key())

D("json", "localhost-default", "MvcMovie/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/tutorials/first-mvc-app/working-with-sql", """
{
  "Logging": {
    "LogLevel": {
      "Default": "Information",
      "Microsoft.AspNetCore": "Warning"
    }
  },
  "AllowedHosts": "*",
  "ConnectionStrings": {
    "MvcMovieContext": "Server=(localdb)\\\\mssqllocaldb;Database=MvcMovieContext-2;Trusted_Connection=True;MultipleActiveResultSets=true"
  }
}
""")

D("json", "placeholder", "src/Api/appsettings.json", "https://learn.microsoft.com/en-us/aspnet/core/security/app-secrets", """
{
  "ConnectionStrings": {
    "Default": "Host=localhost;Port=5432;Database=clinic;Username=clinic_app;Password=<set with dotnet user-secrets>"
  },
  "Jwt": {
    "Issuer": "clinic-api",
    "Audience": "clinic-web",
    "Key": "REPLACE_ME_WITH_USER_SECRETS"
  },
  "AllowedHosts": "*"
}
""")

S("csharp", "mysql-password", "Program.cs", "https://github.com/PomeloFoundation/Pomelo.EntityFrameworkCore.MySql#getting-started", """
using Microsoft.EntityFrameworkCore;
using TodoApi.Data;

var builder = WebApplication.CreateBuilder(args);

var connectionString = "server=mysql-%%H%%.alwaysdata.net;port=3306;database=%%U%%_todo;user=%%U%%;password=%%S%%";
builder.Services.AddDbContext<TodoContext>(options =>
    options.UseMySql(connectionString, ServerVersion.AutoDetect(connectionString)));

builder.Services.AddControllers();
builder.Services.AddEndpointsApiExplorer();
builder.Services.AddSwaggerGen();

var app = builder.Build();

if (app.Environment.IsDevelopment())
{
    app.UseSwagger();
    app.UseSwaggerUI();
}

app.UseAuthorization();
app.MapControllers();
app.Run();
""", human_pw(), crlf=True, H=chars(6, string.ascii_lowercase), U="kevinw")

S("xml", "mssql-password", "Web.config", "https://learn.microsoft.com/en-us/aspnet/web-forms/overview/data-access/introduction/creating-a-data-access-layer-cs", """
<?xml version="1.0" encoding="utf-8"?>
<configuration>
  <connectionStrings>
    <add name="StudentPortalEntities"
         connectionString="Data Source=SQL5110.site4now.net;Initial Catalog=db_a9f2c1_portal;User Id=db_a9f2c1_portal_admin;Password=%%S%%"
         providerName="System.Data.SqlClient" />
  </connectionStrings>
  <appSettings>
    <add key="webpages:Version" value="3.0.0.0" />
    <add key="ClientValidationEnabled" value="true" />
  </appSettings>
  <system.web>
    <compilation debug="true" targetFramework="4.8" />
    <httpRuntime targetFramework="4.8" />
  </system.web>
</configuration>
""", human_pw(), crlf=True)

DV("sln", "guid", "LibrarySystem.sln", "https://learn.microsoft.com/en-us/visualstudio/extensibility/internals/solution-dot-sln-file", T("""
Microsoft Visual Studio Solution File, Format Version 12.00
# Visual Studio Version 17
VisualStudioVersion = 17.8.34330.188
MinimumVisualStudioVersion = 10.0.40219.1
Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "LibrarySystem", "LibrarySystem\\LibrarySystem.csproj", "{%%A%%}"
EndProject
Project("{FAE04EC0-301F-11D3-BF4B-00C04F79EFBC}") = "LibrarySystem.Tests", "LibrarySystem.Tests\\LibrarySystem.Tests.csproj", "{%%B%%}"
EndProject
Global
	GlobalSection(SolutionConfigurationPlatforms) = preSolution
		Debug|Any CPU = Debug|Any CPU
		Release|Any CPU = Release|Any CPU
	EndGlobalSection
	GlobalSection(ExtensibilityGlobals) = postSolution
		SolutionGuid = {%%C%%}
	EndGlobalSection
EndGlobal
""", A=uuid_s().upper(), B=uuid_s().upper(), C=uuid_s().upper()).replace("\n", "\r\n"))

S("json", "azure-storage-key", "PhotoShare/appsettings.json", "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string", """
{
  "AzureStorage": {
    "ConnectionString": "DefaultEndpointsProtocol=https;AccountName=photosharecap;AccountKey=%%S%%;EndpointSuffix=core.windows.net",
    "Container": "uploads"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "AllowedHosts": "*"
}
""", azure_account_key())

D("json", "no-secret", "Properties/launchSettings.json", "https://learn.microsoft.com/en-us/aspnet/core/fundamentals/environments#development-and-launchsettingsjson", """
{
  "$schema": "http://json.schemastore.org/launchsettings.json",
  "profiles": {
    "https": {
      "commandName": "Project",
      "dotnetRunMessages": true,
      "launchBrowser": true,
      "launchUrl": "swagger",
      "applicationUrl": "https://localhost:7164;http://localhost:5297",
      "environmentVariables": {
        "ASPNETCORE_ENVIRONMENT": "Development"
      }
    }
  }
}
""")

S("json", "jwt-secret", "Backend/appsettings.Production.json", "https://learn.microsoft.com/en-us/aspnet/core/security/authentication/configure-jwt-bearer-authentication", """
{
  "Jwt": {
    "Key": "%%S%%",
    "Issuer": "https://recipe-api.azurewebsites.net",
    "Audience": "https://recipe-web.azurewebsites.net",
    "ExpiresInMinutes": 120
  },
  "Cors": {
    "Origins": [ "https://recipe-web.azurewebsites.net" ]
  }
}
""", "ThisIsMySuperSecretKeyForRecipeApp_" + chars(12))

# =============================================================================================
# PHP: mysqli, PDO, Laravel, WordPress, PHPMailer, seed SQL
# =============================================================================================

S("php", "mysql-password", "config/db.php", "https://www.php.net/manual/en/mysqli.construct.php", """
<?php
// InfinityFree hosting - final project for WEB 2201
$servername = "sql%%N%%.infinityfree.com";
$username = "if0_%%U%%";
$password = "%%S%%";
$dbname = "if0_%%U%%_eventsdb";

$conn = new mysqli($servername, $username, $password, $dbname);

if ($conn->connect_error) {
    die("Connection failed: " . $conn->connect_error);
}
$conn->set_charset("utf8mb4");
?>
""", chars(12), N=str(_rng().randint(100, 400)), U=str(_rng().randint(35_000_000, 37_000_000)))

D("php", "localhost-default", "db_connect.php", "https://www.apachefriends.org/faq_windows.html", """
<?php
/*
 * XAMPP default: user "root" with no password on localhost.
 * Import database/hotel.sql in phpMyAdmin before running (see README).
 */
$host = "localhost";
$user = "root";
$pass = "";
$db   = "hotel_reservation";

$conn = mysqli_connect($host, $user, $pass, $db);
if (!$conn) {
    die("Connection failed: " . mysqli_connect_error());
}
""")

S("php", "mysql-password", "includes/database.php", "https://www.php.net/manual/en/pdo.connections.php", """
<?php
class Database
{
    private $host = 'db4free.net';
    private $db_name = 'cs_forum_grp5';
    private $username = 'grp5_admin';
    private $password = '%%S%%';
    public $conn;

    public function getConnection()
    {
        $this->conn = null;
        try {
            $dsn = "mysql:host={$this->host};dbname={$this->db_name};charset=utf8mb4";
            $this->conn = new PDO($dsn, $this->username, $this->password);
            $this->conn->setAttribute(PDO::ATTR_ERRMODE, PDO::ERRMODE_EXCEPTION);
        } catch (PDOException $e) {
            echo "Connection error: " . $e->getMessage();
        }
        return $this->conn;
    }
}
""", words_pw())

D("php", "env-reference", "src/Db.php", "https://www.php.net/manual/en/function.getenv.php", """
<?php
declare(strict_types=1);

namespace App;

use PDO;

final class Db
{
    public static function connect(): PDO
    {
        $dsn = sprintf('pgsql:host=%s;port=%s;dbname=%s', getenv('DB_HOST') ?: 'localhost', getenv('DB_PORT') ?: '5432', getenv('DB_NAME'));
        return new PDO($dsn, getenv('DB_USER'), getenv('DB_PASSWORD'), [PDO::ATTR_ERRMODE => PDO::ERRMODE_EXCEPTION]);
    }
}
""")

S("dotenv", "laravel-app-key", "laravel-app/.env", "https://laravel.com/docs/11.x/configuration#environment-configuration", """
APP_NAME="Campus Marketplace"
APP_ENV=local
APP_KEY=%%S%%
APP_DEBUG=true
APP_URL=http://localhost

LOG_CHANNEL=stack
LOG_LEVEL=debug

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=campus_marketplace
DB_USERNAME=root
DB_PASSWORD=

SESSION_DRIVER=file
QUEUE_CONNECTION=sync
""", laravel_key())

D("dotenv", "placeholder", "laravel-app/.env.example", "https://github.com/laravel/laravel/blob/11.x/.env.example", """
APP_NAME=Laravel
APP_ENV=local
APP_KEY=
APP_DEBUG=true
APP_URL=http://localhost

DB_CONNECTION=mysql
DB_HOST=127.0.0.1
DB_PORT=3306
DB_DATABASE=laravel
DB_USERNAME=root
DB_PASSWORD=

MAIL_MAILER=smtp
MAIL_HOST=mailpit
MAIL_PORT=1025
MAIL_USERNAME=null
MAIL_PASSWORD=null

AWS_ACCESS_KEY_ID=
AWS_SECRET_ACCESS_KEY=
AWS_DEFAULT_REGION=us-east-1
""")

S("php", "smtp-password", "mail/send.php", "https://github.com/PHPMailer/PHPMailer#a-simple-example", """
<?php
use PHPMailer\\PHPMailer\\PHPMailer;
use PHPMailer\\PHPMailer\\Exception;

require '../vendor/autoload.php';

$mail = new PHPMailer(true);
try {
    $mail->isSMTP();
    $mail->Host       = 'smtp.gmail.com';
    $mail->SMTPAuth   = true;
    $mail->Username   = 'nadia.portfolio.contact@gmail.com';
    $mail->Password   = '%%S%%';
    $mail->SMTPSecure = PHPMailer::ENCRYPTION_SMTPS;
    $mail->Port       = 465;

    $mail->setFrom('nadia.portfolio.contact@gmail.com', 'Portfolio Contact Form');
    $mail->addAddress('nadia.h@outlook.com');
    $mail->Subject = 'New message from ' . htmlspecialchars($_POST['name']);
    $mail->Body    = htmlspecialchars($_POST['message']);
    $mail->send();
    header('Location: ../thanks.html');
} catch (Exception $e) {
    echo "Message could not be sent. Mailer Error: {$mail->ErrorInfo}";
}
""", gmail_app_pw())

D("sql", "password-hash", "database/seed.sql", "https://www.php.net/manual/en/function.password-hash.php", """
-- Demo users for grading. Plain passwords are listed in README (Demo accounts);
-- the table stores only password_hash() output.
INSERT INTO users (id, username, email, password_hash, role) VALUES
(1, 'admin',   'admin@example.com',   '%%A%%', 'admin'),
(2, 'student1','student1@example.com','%%B%%', 'user'),
(3, 'student2','student2@example.com','%%C%%', 'user');

INSERT INTO courses (id, code, title) VALUES
(1, 'CS101', 'Intro to Programming'),
(2, 'CS201', 'Data Structures');
""", A=bcrypt_hash(), B=bcrypt_hash(), C=bcrypt_hash())

S("sql", "plaintext-password", "db/init.sql", "https://dev.mysql.com/doc/refman/8.0/en/create-user.html", """
CREATE DATABASE IF NOT EXISTS gym_app;
USE gym_app;

-- app user used by the deployed PHP site on the VPS
CREATE USER 'gymapp'@'%' IDENTIFIED BY '%%S%%';
GRANT SELECT, INSERT, UPDATE, DELETE ON gym_app.* TO 'gymapp'@'%';
FLUSH PRIVILEGES;

CREATE TABLE members (
  id INT AUTO_INCREMENT PRIMARY KEY,
  name VARCHAR(100) NOT NULL,
  email VARCHAR(120) UNIQUE,
  joined DATE
);
""", words_pw())

D("sql", "password-hash", "sql/schema.sql", "https://www.php.net/manual/en/function.md5.php", """
CREATE TABLE admin (
  admin_id int(11) NOT NULL AUTO_INCREMENT,
  username varchar(50) NOT NULL,
  password varchar(255) NOT NULL COMMENT 'md5 of the password',
  PRIMARY KEY (admin_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;

INSERT INTO admin (admin_id, username, password) VALUES
(1, 'admin', '%%A%%'),
(2, 'librarian', '%%B%%');
""", A=hexs(32), B=hexs(32))

S("php", "mysql-password", "wp-config.php", "https://developer.wordpress.org/apis/wp-config-php/", """
<?php
/** The name of the database for WordPress */
define( 'DB_NAME', 'club_site' );

/** Database username */
define( 'DB_USER', 'clubadmin' );

/** Database password */
define( 'DB_PASSWORD', '%%S%%' );

/** Database hostname */
define( 'DB_HOST', 'localhost' );

define( 'DB_CHARSET', 'utf8mb4' );
define( 'DB_COLLATE', '' );

define( 'AUTH_KEY',         'put your unique phrase here' );
define( 'SECURE_AUTH_KEY',  'put your unique phrase here' );
define( 'LOGGED_IN_KEY',    'put your unique phrase here' );
define( 'NONCE_KEY',        'put your unique phrase here' );

$table_prefix = 'wp_';
define( 'WP_DEBUG', false );

if ( ! defined( 'ABSPATH' ) ) {
	define( 'ABSPATH', __DIR__ . '/' );
}
require_once ABSPATH . 'wp-settings.php';
""", human_pw())

S("php", "recaptcha-secret", "contact/verify.php", "https://developers.google.com/recaptcha/docs/verify", """
<?php
$secretKey = "%%S%%";
$token = $_POST['g-recaptcha-response'] ?? '';

$response = file_get_contents(
    "https://www.google.com/recaptcha/api/siteverify?secret=" . urlencode($secretKey) . "&response=" . urlencode($token)
);
$result = json_decode($response, true);

if (!$result['success']) {
    http_response_code(400);
    exit('Captcha failed, please try again.');
}
echo 'ok';
""", recaptcha_key())

D("html", "public-site-key", "contact/index.html", "https://developers.google.com/recaptcha/docs/display", """
<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>Contact us</title>
  <script src="https://www.google.com/recaptcha/api.js" async defer></script>
</head>
<body>
  <form action="verify.php" method="POST">
    <input type="text" name="name" placeholder="Your name" required>
    <textarea name="message" required></textarea>
    <!-- site key: public, rendered in every visitor's browser -->
    <div class="g-recaptcha" data-sitekey="%%K%%"></div>
    <button type="submit">Send</button>
  </form>
</body>
</html>
""", K=recaptcha_key())

# =============================================================================================
# Android
# =============================================================================================

S("xml", "google-api-key", "app/src/main/res/values/strings.xml", "https://developers.google.com/maps/documentation/android-sdk/get-api-key", """
<resources>
    <string name="app_name">CampusNav</string>
    <string name="title_activity_maps">Map</string>
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">%%S%%</string>
    <string name="search_hint">Search buildings</string>
</resources>
""", google_key())

_gs_num = str(_rng().randint(10**11, 10**12 - 1))
D("json", "firebase-public-config", "app/google-services.json", "https://firebase.google.com/docs/projects/api-keys", """
{
  "project_info": {
    "project_number": "%%N%%",
    "project_id": "mealplanner-cs4720",
    "storage_bucket": "mealplanner-cs4720.appspot.com"
  },
  "client": [
    {
      "client_info": {
        "mobilesdk_app_id": "1:%%N%%:android:%%A%%",
        "android_client_info": {
          "package_name": "edu.virginia.cs4720.mealplanner"
        }
      },
      "oauth_client": [],
      "api_key": [
        {
          "current_key": "%%K%%"
        }
      ],
      "services": {
        "appinvite_service": {
          "other_platform_oauth_client": []
        }
      }
    }
  ],
  "configuration_version": "1"
}
""", N=_gs_num, A=hexs(22), K=google_key())

S("properties", "tmdb-key", "local.properties", "https://developer.android.com/studio/build/gradle-tips#simplify-app-development", """
## This file must *NOT* be checked into Version Control Systems,
# as it contains information specific to your local configuration.
#
# Location of the SDK. This is only used by Gradle.
sdk.dir=/Users/wei/Library/Android/sdk
TMDB_API_KEY=%%S%%
""", hexs(32))

S("gradle", "keystore-password", "app/build.gradle", "https://developer.android.com/studio/publish/app-signing#sign-auto", """
plugins {
    id 'com.android.application'
}

android {
    namespace 'com.example.habittracker'
    compileSdk 34

    defaultConfig {
        applicationId "com.example.habittracker"
        minSdk 24
        targetSdk 34
        versionCode 3
        versionName "1.2"
    }

    signingConfigs {
        release {
            storeFile file("../keystore/release.jks")
            storePassword "%%S%%"
            keyAlias "habittracker"
            keyPassword "%%S%%"
        }
    }

    buildTypes {
        release {
            minifyEnabled false
            signingConfig signingConfigs.release
        }
    }
}
""", human_pw())

D("gradle", "doc-default", "app/build.gradle.kts", "https://developer.android.com/studio/publish/app-signing#remove-unsecure", """
import java.util.Properties

val keystoreProperties = Properties().apply {
    val f = rootProject.file("keystore.properties") // gitignored, see README
    if (f.exists()) load(f.inputStream())
}

android {
    namespace = "edu.course.expenses"
    compileSdk = 34
    signingConfigs {
        getByName("debug") {
            // Android SDK's documented debug keystore defaults
            storeFile = file("${System.getProperty("user.home")}/.android/debug.keystore")
            storePassword = "android"
            keyAlias = "androiddebugkey"
            keyPassword = "android"
        }
        create("release") {
            storeFile = keystoreProperties["storeFile"]?.let { file(it) }
            storePassword = keystoreProperties["storePassword"] as String?
            keyAlias = keystoreProperties["keyAlias"] as String?
            keyPassword = keystoreProperties["keyPassword"] as String?
        }
    }
}
""")

S("properties", "keystore-password", "keystore.properties", "https://developer.android.com/studio/publish/app-signing#secure-shared-keystore", """
storePassword=%%S%%
keyPassword=%%S%%
keyAlias=upload
storeFile=/home/omar/keys/upload-keystore.jks
# generated with keytool -genkey -v -keystore upload-keystore.jks -alias upload
""", words_pw())

S("java", "newsapi-key", "app/src/main/java/com/example/newsapp/network/ApiClient.java", "https://square.github.io/retrofit/", """
package com.example.newsapp.network;

import retrofit2.Retrofit;
import retrofit2.converter.gson.GsonConverterFactory;

public class ApiClient {
    public static final String BASE_URL = "https://newsapi.org/v2/";
    public static final String API_KEY = "%%S%%";
    private static Retrofit retrofit;

    public static Retrofit getClient() {
        if (retrofit == null) {
            retrofit = new Retrofit.Builder()
                    .baseUrl(BASE_URL)
                    .addConverterFactory(GsonConverterFactory.create())
                    .build();
        }
        return retrofit;
    }
}
""", hexs(32))

S("kotlin", "fcm-server-key", "app/src/main/java/com/team/chatapp/FcmSender.kt", "https://firebase.google.com/docs/cloud-messaging/http-server-ref", """
package com.team.chatapp

import okhttp3.MediaType.Companion.toMediaType
import okhttp3.OkHttpClient
import okhttp3.Request
import okhttp3.RequestBody.Companion.toRequestBody
import org.json.JSONObject

object FcmSender {
    private const val SERVER_KEY = "key=%%S%%"
    private val client = OkHttpClient()

    fun send(to: String, title: String, body: String) {
        val json = JSONObject().put("to", to)
            .put("notification", JSONObject().put("title", title).put("body", body))
        val request = Request.Builder()
            .url("https://fcm.googleapis.com/fcm/send")
            .addHeader("Authorization", SERVER_KEY)
            .post(json.toString().toRequestBody("application/json".toMediaType()))
            .build()
        client.newCall(request).execute().close()
    }
}
""", fcm_server_key())

D("gradle", "env-reference", "app/build.gradle.kts.template", "https://developer.android.com/build/gradle-tips#share-custom-fields-and-resource-values-with-your-app-code", """
android {
    defaultConfig {
        // Read from local.properties (not committed). Each student adds their own:
        //   WEATHER_API_KEY=<your key from openweathermap.org>
        val props = java.util.Properties()
        props.load(rootProject.file("local.properties").inputStream())
        buildConfigField("String", "WEATHER_API_KEY", "\\"${props.getProperty("WEATHER_API_KEY")}\\"")
    }
    buildFeatures {
        buildConfig = true
    }
}
""")

D("xml", "template", "app/src/main/AndroidManifest.xml", "https://developers.google.com/maps/documentation/android-sdk/secrets-gradle-plugin", """
<?xml version="1.0" encoding="utf-8"?>
<manifest xmlns:android="http://schemas.android.com/apk/res/android">

    <uses-permission android:name="android.permission.INTERNET" />
    <uses-permission android:name="android.permission.ACCESS_FINE_LOCATION" />

    <application
        android:allowBackup="true"
        android:label="@string/app_name"
        android:theme="@style/Theme.TrailBuddy">
        <meta-data
            android:name="com.google.android.geo.API_KEY"
            android:value="${MAPS_API_KEY}" />
        <activity android:name=".MainActivity" android:exported="true">
            <intent-filter>
                <action android:name="android.intent.action.MAIN" />
                <category android:name="android.intent.category.LAUNCHER" />
            </intent-filter>
        </activity>
    </application>
</manifest>
""")

# =============================================================================================
# Firebase
# =============================================================================================

_fb_num = str(_rng().randint(10**11, 10**12 - 1))
D("javascript", "firebase-public-config", "src/firebase.js", "https://firebase.google.com/docs/projects/api-keys#api-keys-for-firebase-are-different", """
// Import the functions you need from the SDKs you need
import { initializeApp } from "firebase/app";
import { getAuth } from "firebase/auth";
import { getFirestore } from "firebase/firestore";

// Your web app's Firebase configuration
const firebaseConfig = {
  apiKey: "%%K%%",
  authDomain: "studygroup-finder-7c1a2.firebaseapp.com",
  projectId: "studygroup-finder-7c1a2",
  storageBucket: "studygroup-finder-7c1a2.appspot.com",
  messagingSenderId: "%%N%%",
  appId: "1:%%N%%:web:%%A%%",
  measurementId: "G-%%M%%"
};

const app = initializeApp(firebaseConfig);
export const auth = getAuth(app);
export const db = getFirestore(app);
""", K=google_key(), N=_fb_num, A=hexs(22), M=chars(10, string.ascii_uppercase + string.digits))

_fb_num = str(_rng().randint(10**11, 10**12 - 1))
D("typescript", "firebase-public-config", "src/environments/environment.ts", "https://github.com/angular/angularfire/blob/master/docs/install-and-setup.md", """
export const environment = {
  production: false,
  apiUrl: 'http://localhost:3000/api',
  firebase: {
    apiKey: '%%K%%',
    authDomain: 'eventplanner-se3.firebaseapp.com',
    projectId: 'eventplanner-se3',
    storageBucket: 'eventplanner-se3.appspot.com',
    messagingSenderId: '%%N%%',
    appId: '1:%%N%%:web:%%A%%',
  },
};
""", K=google_key(), N=_fb_num, A=hexs(22))

_pl = pem_lines()
_pem_json = "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(_pl) + "\\n-----END PRIVATE KEY-----\\n"
S("json", "gcp-service-account-key", "backend/firebase-adminsdk.json", "https://firebase.google.com/docs/admin/setup#initialize-sdk", """
{
  "type": "service_account",
  "project_id": "hackathon-pantry-app",
  "private_key_id": "%%K%%",
  "private_key": "%%P%%",
  "client_email": "firebase-adminsdk-3kd9w@hackathon-pantry-app.iam.gserviceaccount.com",
  "client_id": "%%C%%",
  "token_uri": "https://oauth2.googleapis.com/token"
}
""", _pl[4], K=hexs(40), P=_pem_json, C=str(_rng().randint(10**20, 10**21 - 1)))

_pl = pem_lines(7)
_pem_py = "\\n".join(["-----BEGIN PRIVATE KEY-----"] + _pl + ["-----END PRIVATE KEY-----", ""])
S("python", "gcp-service-account-key", "firebase_init.py", "https://firebase.google.com/docs/reference/admin/python/firebase_admin.credentials", """
import firebase_admin
from firebase_admin import credentials, firestore

cred = credentials.Certificate({
    "type": "service_account",
    "project_id": "dormfix-requests",
    "private_key_id": "%%K%%",
    "private_key": "%%P%%",
    "client_email": "firebase-adminsdk-q1w2e@dormfix-requests.iam.gserviceaccount.com",
    "token_uri": "https://oauth2.googleapis.com/token",
})
firebase_admin.initialize_app(cred)
db = firestore.client()
""", _pl[3], K=hexs(40), P=_pem_py)

_pl = pem_lines(8)
_pem_env = "\\n".join(["-----BEGIN PRIVATE KEY-----"] + _pl + ["-----END PRIVATE KEY-----", ""])
S("dotenv", "gcp-service-account-key", "functions/.env", "https://firebase.google.com/docs/functions/config-env", """
# Cloud Functions env (firebase deploy reads this file)
FIREBASE_PROJECT_ID=trivia-night-app
REGION=us-central1
FIREBASE_CLIENT_EMAIL=firebase-adminsdk-7hq2z@trivia-night-app.iam.gserviceaccount.com
FIREBASE_PRIVATE_KEY="%%P%%"
""", _pl[5], P=_pem_env)

D("dotenv", "key-path", ".env.sample", "https://cloud.google.com/docs/authentication/application-default-credentials#GAC", """
# Point this at the service account JSON you downloaded (keep it OUTSIDE the repo)
GOOGLE_APPLICATION_CREDENTIALS=/path/to/serviceAccountKey.json
FIREBASE_PROJECT_ID=your-project-id
FIREBASE_STORAGE_BUCKET=your-project-id.appspot.com
PORT=3001
""")

_fb_num = str(_rng().randint(10**11, 10**12 - 1))
D("dotenv", "firebase-public-config", "frontend/.env.local", "https://vitejs.dev/guide/env-and-mode", """
# Firebase web config - public by design (it ships inside the built JS bundle)
VITE_FIREBASE_API_KEY=%%K%%
VITE_FIREBASE_AUTH_DOMAIN=potluck-planner-9f.firebaseapp.com
VITE_FIREBASE_PROJECT_ID=potluck-planner-9f
VITE_FIREBASE_STORAGE_BUCKET=potluck-planner-9f.appspot.com
VITE_FIREBASE_MESSAGING_SENDER_ID=%%N%%
VITE_FIREBASE_APP_ID=1:%%N%%:web:%%A%%
""", K=google_key(), N=_fb_num, A=hexs(22))

# =============================================================================================
# Deploy files: Heroku, Render, GitHub Actions, Docker, Kubernetes, scripts, READMEs
# =============================================================================================

S("yaml", "mongodb-uri", "render.yaml", "https://docs.render.com/blueprint-spec", """
services:
  - type: web
    name: mern-blog-api
    runtime: node
    plan: free
    buildCommand: npm install
    startCommand: node server.js
    envVars:
      - key: NODE_VERSION
        value: 20.11.0
      - key: MONGO_URI
        value: mongodb+srv://blogadmin:%%S%%@cluster0.%%C%%.mongodb.net/blog?retryWrites=true&w=majority
      - key: CLIENT_ORIGIN
        value: https://mern-blog-frontend.onrender.com
""", rand_pw(14), C=chars(5, string.ascii_lowercase + string.digits))

D("yaml", "secret-reference", "deploy/render.yaml", "https://docs.render.com/blueprint-spec#setting-environment-variables", """
databases:
  - name: quizapp-db
    plan: free

services:
  - type: web
    name: quizapp
    runtime: python
    buildCommand: pip install -r requirements.txt
    startCommand: gunicorn app:app
    envVars:
      - key: DATABASE_URL
        fromDatabase:
          name: quizapp-db
          property: connectionString
      - key: SECRET_KEY
        generateValue: true
      - key: OPENAI_API_KEY
        sync: false
""")

S("json", "django-secret-key", "app.json", "https://devcenter.heroku.com/articles/app-json-schema#env", """
{
  "name": "Course Reviews",
  "description": "CS 4550 project: rate and review courses",
  "repository": "https://github.com/cs4550-team9/course-reviews",
  "keywords": ["django", "heroku"],
  "env": {
    "DJANGO_SECRET_KEY": {
      "description": "Django secret key",
      "value": "%%S%%"
    },
    "DEBUG": {
      "value": "False"
    }
  },
  "addons": ["heroku-postgresql:essential-0"],
  "buildpacks": [{ "url": "heroku/python" }]
}
""", fakes.django_secret_key(_seed()))

D("json", "generator", "heroku/app.json", "https://devcenter.heroku.com/articles/app-json-schema#env", """
{
  "name": "Pet Adoption Board",
  "env": {
    "SECRET_KEY": {
      "description": "A secret key for verifying the integrity of signed cookies.",
      "generator": "secret"
    },
    "MAPBOX_TOKEN": {
      "description": "Your own Mapbox public token (pk....) from account.mapbox.com",
      "required": true
    }
  },
  "addons": ["heroku-postgresql"]
}
""")

S("yaml", "heroku-api-key", ".github/workflows/deploy.yml", "https://github.com/AkhileshNS/heroku-deploy#getting-started", """
name: Deploy

on:
  push:
    branches: [main]

jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: akhileshns/heroku-deploy@v3.13.15
        with:
          heroku_api_key: "%%S%%"
          heroku_app_name: "flashcards-cs262"
          heroku_email: "daniel.k@student.calvin.edu"
""", uuid_s())

D("yaml", "secret-reference", ".github/workflows/heroku.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions", """
name: Deploy to Heroku

on:
  push:
    branches: [main]

jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: akhileshns/heroku-deploy@v3.13.15
        with:
          heroku_api_key: ${{ secrets.HEROKU_API_KEY }}
          heroku_app_name: ${{ vars.HEROKU_APP }}
          heroku_email: ${{ secrets.HEROKU_EMAIL }}
""")

S("markdown", "mongodb-uri", "README.md", "https://devcenter.heroku.com/articles/config-vars#using-the-heroku-cli", """
# Hackathon Food Rescue

Matches restaurants with leftover food to local shelters. Built at HackNY 2024.

## Setup

```bash
git clone https://github.com/foodrescue-hackny/food-rescue.git
cd food-rescue
npm install
```

## Deploy (Heroku)

```bash
heroku create food-rescue-hackny
heroku config:set MONGODB_URI="mongodb+srv://foodrescue:%%S%%@cluster0.%%C%%.mongodb.net/prod"
git push heroku main
```

## Team
- Aisha, Marco, Wei, Tyler
""", words_pw(), C=chars(5, string.ascii_lowercase + string.digits))

D("markdown", "placeholder", "docs/SETUP.md", "https://www.makeareadme.com/", """
# Running the project locally

1. Install Node 20 and MongoDB Community (or use Atlas free tier).
2. Copy the example env file: `cp .env.example .env`
3. Fill in `.env`:

   | Variable     | Example                                                    |
   |--------------|------------------------------------------------------------|
   | `MONGO_URI`  | `mongodb://localhost:27017/myapp`                          |
   | `JWT_SECRET` | any long random string, e.g. `openssl rand -hex 32` output |
   | `OPENAI_API_KEY` | `sk-...` (your own key)                                |

4. `npm run dev` and open http://localhost:5173

> The local MongoDB has no auth by default, so `mongodb://localhost:27017` works as-is.
""")

S("shell", "postgres-password", "setup.sh", "https://www.gnu.org/software/bash/manual/html_node/Redirections.html#Here-Documents", """
#!/usr/bin/env bash
# one-time setup for the team VM (run as ubuntu)
set -euo pipefail

sudo apt-get update && sudo apt-get install -y python3-venv nginx
python3 -m venv .venv && . .venv/bin/activate
pip install -r requirements.txt

cat > .env <<EOF
FLASK_APP=app
DATABASE_URL=postgresql://studyspot:%%S%%@studyspot-db.%%H%%.us-east-1.rds.amazonaws.com:5432/studyspot
UPLOAD_DIR=/srv/studyspot/uploads
EOF

flask db upgrade
sudo systemctl restart studyspot
""", human_pw(), H=chars(12, string.ascii_lowercase + string.digits))

S("makefile", "mysql-password", "Makefile", "https://dev.mysql.com/doc/refman/8.0/en/connecting.html", """
DB_HOST ?= 34.%%A%%.%%B%%.12
DB_NAME ?= cs411_team42

.PHONY: run seed dump

run:
\tpython app.py

seed:
\tmysql -h $(DB_HOST) -u team42 -p%%S%% $(DB_NAME) < sql/seed.sql

dump:
\tmysqldump -h $(DB_HOST) -u team42 -p%%S%% $(DB_NAME) > backup.sql
""", rand_pw(12), A=str(_rng().randint(10, 250)), B=str(_rng().randint(10, 250)))

S("yaml", "mysql-password", "docker-compose.yml", "https://docs.docker.com/compose/compose-file/05-services/#environment", """
version: "3.8"
services:
  db:
    image: mysql:8.0
    restart: always
    environment:
      MYSQL_ROOT_PASSWORD: "%%S%%"
      MYSQL_DATABASE: ecommerce
    ports:
      - "3306:3306"
    volumes:
      - db_data:/var/lib/mysql
  api:
    build: ./backend
    environment:
      DB_HOST: db
      DB_USER: root
      DB_PASSWORD: "%%S%%"
    depends_on:
      - db
    ports:
      - "8080:8080"
volumes:
  db_data:
""", words_pw())

D("yaml", "doc-sample", "compose.yaml", "https://hub.docker.com/_/mysql", """
# Use root/example as user/password credentials (copied from the mysql image docs,
# local development only)
services:
  db:
    image: mysql
    restart: always
    environment:
      MYSQL_ROOT_PASSWORD: example
  adminer:
    image: adminer
    restart: always
    ports:
      - 8080:8080
""")

D("yaml", "env-reference", "docker-compose.prod.yml", "https://docs.docker.com/compose/environment-variables/variable-interpolation/", """
services:
  postgres:
    image: postgres:16
    environment:
      POSTGRES_USER: ${POSTGRES_USER}
      POSTGRES_PASSWORD: ${POSTGRES_PASSWORD:?set POSTGRES_PASSWORD in .env}
      POSTGRES_DB: ${POSTGRES_DB:-tasks}
  web:
    build: .
    env_file: .env
    environment:
      DATABASE_URL: postgres://${POSTGRES_USER}:${POSTGRES_PASSWORD}@postgres:5432/${POSTGRES_DB:-tasks}
    ports:
      - "80:8000"
""")

_k8s_pw = human_pw()
SV("yaml", "mongodb-password", "k8s/mongo-secret.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#use-case-as-container-environment-variables", T("""
# DevOps bootcamp week 9 - minikube deployment
apiVersion: v1
kind: Secret
metadata:
  name: mongodb-secret
type: Opaque
data:
  mongo-root-username: %%U%%
  mongo-root-password: %%P%%
""", U=b64("admin"), P=b64(_k8s_pw)), _k8s_pw)

D("yaml", "sealed-secret", "k8s/sealed-db-secret.yaml", "https://github.com/bitnami-labs/sealed-secrets#usage", """
apiVersion: bitnami.com/v1alpha1
kind: SealedSecret
metadata:
  name: db-credentials
  namespace: capstone
spec:
  encryptedData:
    DB_PASSWORD: %%A%%
    JWT_SECRET: %%B%%
  template:
    metadata:
      name: db-credentials
      namespace: capstone
""", A="AgB" + chars(340, ALNUM + "+/") + "==", B="AgC" + chars(340, ALNUM + "+/") + "==")

S("yaml", "openai-key", ".github/workflows/ci.yml", "https://docs.github.com/en/actions/using-workflows/workflow-syntax-for-github-actions#jobsjob_idstepsrun", """
name: CI
on: [push, pull_request]

jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
      - uses: actions/setup-python@v5
        with:
          python-version: "3.11"
      - name: Write .env
        run: |
          cat <<'EOF' > .env
          OPENAI_API_KEY=%%S%%
          MODEL_NAME=gpt-4o-mini
          EOF
      - run: pip install -r requirements.txt
      - run: pytest -q
""", openai_key())

D("yaml", "commit-sha", ".pre-commit-config.yaml", "https://pre-commit.com/#adding-pre-commit-plugins-to-your-project", """
repos:
  - repo: https://github.com/pre-commit/pre-commit-hooks
    rev: %%A%%  # frozen: v4.6.0
    hooks:
      - id: trailing-whitespace
      - id: end-of-file-fixer
      - id: check-added-large-files
  - repo: https://github.com/psf/black
    rev: %%B%%  # frozen: 24.4.2
    hooks:
      - id: black
""", A=hexs(40), B=hexs(40))

S("shell", "ssh-password", "deploy.sh", "https://linux.die.net/man/1/sshpass", """
#!/bin/bash
# Deploy to the department VM (cs-vm-17). Run from repo root.
set -e

npm run build
tar czf build.tgz dist/
sshpass -p '%%S%%' scp build.tgz student17@cs-vm-17.cs.university.edu:/home/student17/
sshpass -p '%%S%%' ssh student17@cs-vm-17.cs.university.edu \\
  "rm -rf www && mkdir www && tar xzf build.tgz -C www && sudo systemctl reload nginx"
echo "deployed"
""", human_pw())

S("batch", "mysql-password", "run_server.bat", "https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/set_1", """
@echo off
REM Starts the Spring Boot backend against the team's cloud DB
set SPRING_PROFILES_ACTIVE=prod
set DB_URL=jdbc:mysql://%%H%%.mysql.database.azure.com:3306/parking
set DB_USER=parkingadmin
set DB_PASSWORD=%%S%%
java -jar target\\parking-0.0.1-SNAPSHOT.jar
pause
""", words_pw(), crlf=True, H="parking-team5")

S("yaml", "slack-webhook", "config.yml", "https://api.slack.com/messaging/webhooks", """
# HackGT bot config
bot:
  name: standup-bot
  timezone: America/New_York
  schedule: "0 10 * * 1-5"
slack:
  channel: "#team-lemur"
  webhook_url: %%S%%
questions:
  - What did you do yesterday?
  - What are you doing today?
  - Anything blocking you?
""", slack_webhook())

D("yaml", "ciphertext", ".travis.yml", "https://docs.travis-ci.com/user/environment-variables/#encrypting-environment-variables", """
language: java
jdk:
  - openjdk17
services:
  - mysql
before_install:
  - mysql -e 'CREATE DATABASE IF NOT EXISTS test;'
env:
  global:
    - secure: "%%A%%"
script:
  - ./mvnw test
""", A=base64.b64encode(rbytes(256)).decode())

D("yaml", "ansible-vault", "ansible/group_vars/all/vault.yml", "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html", """
$ANSIBLE_VAULT;1.1;AES256
%%A%%
%%B%%
%%C%%
%%D%%
%%E%%
""", A=hexs(80), B=hexs(80), C=hexs(80), D=hexs(80), E=hexs(48))

D("yaml", "sops", "deploy/secrets.enc.yaml", "https://github.com/getsops/sops#encrypting-using-age", """
db_password: ENC[AES256_GCM,data:%%A%%,iv:%%I%%,tag:%%T%%,type:str]
openai_api_key: ENC[AES256_GCM,data:%%B%%,iv:%%J%%,tag:%%U%%,type:str]
sops:
    age:
        - recipient: age1%%R%%
    lastmodified: "2024-04-18T15:02:11Z"
    mac: ENC[AES256_GCM,data:%%M%%,iv:%%K%%,tag:%%V%%,type:str]
    version: 3.8.1
""", A=base64.b64encode(rbytes(15)).decode(), B=base64.b64encode(rbytes(42)).decode(),
  I=base64.b64encode(rbytes(32)).decode(), J=base64.b64encode(rbytes(32)).decode(), K=base64.b64encode(rbytes(32)).decode(),
  T=base64.b64encode(rbytes(16)).decode(), U=base64.b64encode(rbytes(16)).decode(), V=base64.b64encode(rbytes(16)).decode(),
  M=base64.b64encode(rbytes(48)).decode(), R=chars(58, "023456789acdefghjklmnpqrstuvwxyz"))

D("markdown", "sample-credentials", "GRADING.md", "https://docs.github.com/en/get-started/writing-on-github", """
# Notes for the grader

The app is deployed at https://cs3300-team11.onrender.com (free tier; the first load takes ~30 s).

## Demo accounts

These are the demo accounts created by `python manage.py loaddata demo_users`
(the course's required sample logins, see the project spec, section 4.2):

| Role       | Username   | Password     |
|------------|------------|--------------|
| Instructor | `instructor` | `demo1234` |
| Student    | `student`    | `demo1234` |

They only exist in the seeded demo database and are reset every night.
""")

# =============================================================================================
# ORMs, editor settings, tooling files, misc services
# =============================================================================================

S("prisma", "postgres-password", "prisma/schema.prisma", "https://www.prisma.io/docs/orm/reference/prisma-schema-reference#datasource", """
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider = "postgresql"
  url      = "postgresql://postgres.%%R%%:%%S%%@aws-0-us-east-1.pooler.supabase.com:6543/postgres?pgbouncer=true"
}

model User {
  id        Int      @id @default(autoincrement())
  email     String   @unique
  name      String?
  posts     Post[]
}

model Post {
  id        Int     @id @default(autoincrement())
  title     String
  published Boolean @default(false)
  author    User    @relation(fields: [authorId], references: [id])
  authorId  Int
}
""", rand_pw(16), R=chars(20, string.ascii_lowercase))

D("prisma", "env-reference", "api/prisma/schema.prisma", "https://www.prisma.io/docs/orm/more/development-environment/environment-variables", """
generator client {
  provider = "prisma-client-js"
}

datasource db {
  provider  = "postgresql"
  url       = env("DATABASE_URL")
  directUrl = env("DIRECT_URL")
}

model Task {
  id        String   @id @default(uuid())
  title     String
  done      Boolean  @default(false)
  createdAt DateTime @default(now())
}
""")

S("javascript", "postgres-password", "knexfile.js", "https://knexjs.org/guide/#configuration-options", """
// Update with your config settings.
module.exports = {
  development: {
    client: 'sqlite3',
    connection: { filename: './dev.sqlite3' },
    useNullAsDefault: true,
  },

  production: {
    client: 'pg',
    connection: {
      host: 'ep-%%H%%.us-east-2.aws.neon.tech',
      database: 'neondb',
      user: 'neondb_owner',
      password: '%%S%%',
      ssl: { rejectUnauthorized: false },
    },
    migrations: { tableName: 'knex_migrations' },
  },
};
""", chars(12), H=chars(6, string.ascii_lowercase) + "-" + chars(6, string.ascii_lowercase) + "-" + chars(8, string.ascii_lowercase + string.digits))

D("json", "localhost-default", "server/config/config.json", "https://sequelize.org/docs/v6/other-topics/migrations/#configuration", """
{
  "development": {
    "username": "root",
    "password": null,
    "database": "database_development",
    "host": "127.0.0.1",
    "dialect": "mysql"
  },
  "test": {
    "username": "root",
    "password": null,
    "database": "database_test",
    "host": "127.0.0.1",
    "dialect": "mysql"
  },
  "production": {
    "use_env_variable": "DATABASE_URL",
    "dialect": "postgres"
  }
}
""")

S("json", "mysql-password", "backend/config/config.json", "https://sequelize.org/docs/v6/other-topics/migrations/#configuration", """
{
  "development": {
    "username": "root",
    "password": null,
    "database": "petclinic_dev",
    "host": "127.0.0.1",
    "dialect": "mysql"
  },
  "production": {
    "username": "petclinic",
    "password": "%%S%%",
    "database": "petclinic",
    "host": "petclinic.%%H%%.us-east-1.rds.amazonaws.com",
    "dialect": "mysql"
  }
}
""", human_pw(), H=chars(12, string.ascii_lowercase + string.digits))

S("json", "postgres-password", "ormconfig.json", "https://typeorm.io/data-source-options", """
{
  "type": "postgres",
  "host": "mel.db.elephantsql.com",
  "port": 5432,
  "username": "%%U%%",
  "password": "%%S%%",
  "database": "%%U%%",
  "synchronize": true,
  "logging": false,
  "entities": ["dist/entity/**/*.js"],
  "migrations": ["dist/migration/**/*.js"]
}
""", chars(32, ALNUM + "-_"), U=chars(8, string.ascii_lowercase))

S("ini", "postgres-password", "alembic.ini", "https://alembic.sqlalchemy.org/en/latest/tutorial.html#editing-the-ini-file", """
[alembic]
script_location = migrations
prepend_sys_path = .

sqlalchemy.url = postgresql+psycopg2://fastapi_user:%%S%%@34.%%A%%.%%B%%.9:5432/todo

[loggers]
keys = root,sqlalchemy,alembic

[logger_root]
level = WARN
handlers = console
""", words_pw(), A=str(_rng().randint(10, 250)), B=str(_rng().randint(10, 250)))

S("json", "mssql-password", ".vscode/settings.json", "https://vscode-sqltools.mteixeira.dev/en/settings", """
{
  "editor.formatOnSave": true,
  "python.defaultInterpreterPath": ".venv/bin/python",
  "sqltools.connections": [
    {
      "previewLimit": 50,
      "server": "uni-dbcourse.database.windows.net",
      "port": 1433,
      "driver": "MSSQL",
      "name": "DB course server",
      "database": "group14",
      "username": "group14",
      "password": "%%S%%"
    }
  ]
}
""", human_pw())

D("json", "env-reference", ".vscode/launch.json", "https://code.visualstudio.com/docs/editor/debugging#_launch-configurations", """
{
  "version": "0.2.0",
  "configurations": [
    {
      "name": "Debug API",
      "type": "node",
      "request": "launch",
      "program": "${workspaceFolder}/server/index.js",
      "envFile": "${workspaceFolder}/.env",
      "env": {
        "NODE_ENV": "development",
        "DB_PASSWORD": "${env:DB_PASSWORD}"
      }
    }
  ]
}
""")

D("xml", "no-secret", ".idea/dataSources.xml", "https://www.jetbrains.com/help/idea/connecting-to-a-database.html", """
<?xml version="1.0" encoding="UTF-8"?>
<project version="4">
  <component name="DataSourceManagerImpl" format="xml" multifile-model="true">
    <data-source source="LOCAL" name="bankapp@localhost" uuid="%%U%%">
      <driver-ref>mysql.8</driver-ref>
      <synchronize>true</synchronize>
      <jdbc-driver>com.mysql.cj.jdbc.Driver</jdbc-driver>
      <jdbc-url>jdbc:mysql://localhost:3306/bankapp</jdbc-url>
      <working-dir>$ProjectFileDir$</working-dir>
    </data-source>
  </component>
</project>
""", U=uuid_s())

S("npmrc", "npm-token", ".npmrc", "https://docs.npmjs.com/cli/v10/configuring-npm/npmrc#auth-related-configuration", """
registry=https://registry.npmjs.org/
//registry.npmjs.org/:_authToken=%%S%%
save-exact=true
engine-strict=true
fund=false
""", npm_token())

D("npmrc", "env-reference", "packages/ui-kit/.npmrc", "https://docs.npmjs.com/using-private-packages-in-a-ci-cd-workflow", """
# CI publishes with the NPM_TOKEN repository secret
//registry.npmjs.org/:_authToken=${NPM_TOKEN}
@bootcamp-ui:registry=https://registry.npmjs.org/
access=public
provenance=true
""")

D("json", "checksum", "package-lock.json", "https://docs.npmjs.com/cli/v10/configuring-npm/package-lock-json", """
{
  "name": "todo-frontend",
  "version": "0.1.0",
  "lockfileVersion": 3,
  "requires": true,
  "packages": {
    "": {
      "name": "todo-frontend",
      "version": "0.1.0",
      "dependencies": {
        "axios": "^1.6.8"
      }
    },
    "node_modules/axios": {
      "version": "1.6.8",
      "resolved": "https://registry.npmjs.org/axios/-/axios-1.6.8.tgz",
      "integrity": "sha512-%%A%%",
      "dependencies": {
        "follow-redirects": "^1.15.6"
      }
    },
    "node_modules/follow-redirects": {
      "version": "1.15.6",
      "resolved": "https://registry.npmjs.org/follow-redirects/-/follow-redirects-1.15.6.tgz",
      "integrity": "sha512-%%B%%"
    }
  }
}
""", A=base64.b64encode(rbytes(64)).decode(), B=base64.b64encode(rbytes(64)).decode())

D("text", "checksum", "requirements.txt", "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode", """
# pip-compile --generate-hashes requirements.in
flask==3.0.3 \\
    --hash=sha256:%%A%% \\
    --hash=sha256:%%B%%
requests==2.31.0 \\
    --hash=sha256:%%C%%
git+https://github.com/cs-course-tools/autograder-utils.git@%%D%%#egg=autograder-utils
""", A=hexs(64), B=hexs(64), C=hexs(64), D=hexs(40))

D("pem", "public-key", "keys/jwt_public.pem", "https://datatracker.ietf.org/doc/html/rfc7468#section-13", """
%%P%%
""", P=public_pem())

D("text", "public-key", "deploy/authorized_keys", "https://man.openbsd.org/sshd#AUTHORIZED_KEYS_FILE_FORMAT", """
# Team members' public keys for the capstone VM
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%%A%% priya@laptop
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%%B%% marco@desktop
ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ%%C%% wei@lab-pc
ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI%%D%% github-actions-deploy
""", A=chars(43, ALNUM + "+/"), B=chars(43, ALNUM + "+/"), C=chars(200, ALNUM + "+/") + "=", D=chars(43, ALNUM + "+/"))

_pl = pem_lines(12)
S("pem", "ssh-private-key", "deploy/id_rsa", "https://man.openbsd.org/ssh-keygen", """
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQAAAAAAAAABAAABlwAAAAdzc2gtcn
%%B%%
-----END OPENSSH PRIVATE KEY-----
""", _pl[6], B="\n".join(_pl))

_pl = pem_lines(8)
S("yaml", "ssh-private-key", ".github/workflows/deploy-vm.yml", "https://github.com/appleboy/ssh-action#usage", """
name: Deploy to VM
on:
  push:
    branches: [main]
jobs:
  deploy:
    runs-on: ubuntu-latest
    steps:
      - uses: appleboy/ssh-action@v1.0.3
        with:
          host: 142.93.%%A%%.%%B%%
          username: deploy
          key: |
            -----BEGIN RSA PRIVATE KEY-----
%%K%%
            -----END RSA PRIVATE KEY-----
          script: |
            cd ~/app && git pull && npm ci && pm2 restart all
""", _pl[2], A=str(_rng().randint(1, 254)), B=str(_rng().randint(1, 254)), K="\n".join("            " + line for line in _pl))

D("pem", "certificate", "certs/localhost.crt", "https://github.com/FiloSottile/mkcert#readme", """
-----BEGIN CERTIFICATE-----
%%B%%
-----END CERTIFICATE-----
""", B="MIIEDzCCAnegAwIBAgIQ" + chars(44, ALNUM + "+/") + "\n" + "\n".join(chars(64, ALNUM + "+/") for _ in range(10)) + "\n" + chars(28, ALNUM + "+/") + "==")

_pm_id = uuid_s()
S("json", "openai-key", "postman/Capstone.postman_environment.json", "https://learning.postman.com/docs/sending-requests/variables/managing-environments/", """
{
  "id": "%%I%%",
  "name": "Capstone - prod",
  "values": [
    { "key": "baseUrl", "value": "https://ai-tutor-api.onrender.com", "type": "default", "enabled": true },
    { "key": "openaiKey", "value": "%%S%%", "type": "secret", "enabled": true },
    { "key": "userId", "value": "%%U%%", "type": "default", "enabled": true }
  ],
  "_postman_variable_scope": "environment",
  "_postman_exported_at": "2024-04-29T02:11:45.102Z",
  "_postman_exported_using": "Postman/11.0.4"
}
""", openai_key(), I=_pm_id, U=uuid_s())

D("json", "template", "postman/TodoAPI.postman_collection.json", "https://schema.postman.com/collection/json/v2.1.0/draft-07/docs/index.html", """
{
  "info": {
    "_postman_id": "%%I%%",
    "name": "Todo API",
    "schema": "https://schema.getpostman.com/json/collection/v2.1.0/collection.json"
  },
  "auth": {
    "type": "bearer",
    "bearer": [{ "key": "token", "value": "{{authToken}}", "type": "string" }]
  },
  "item": [
    {
      "name": "Login",
      "request": {
        "method": "POST",
        "url": "{{baseUrl}}/api/auth/login",
        "body": { "mode": "raw", "raw": "{\\"email\\": \\"{{email}}\\", \\"password\\": \\"{{password}}\\"}" }
      }
    }
  ]
}
""", I=uuid_s())

S("dotenv", "redis-password", ".env.production", "https://upstash.com/docs/redis/howto/connectclient", """
NODE_ENV=production
REDIS_URL=rediss://default:%%S%%@%%H%%.upstash.io:6379
RATE_LIMIT_PER_MIN=60
SESSION_TTL=86400
LOG_FORMAT=json
""", chars(34), H="usw1-" + chars(6, string.ascii_lowercase) + "-" + chars(5, string.ascii_lowercase) + "-3" + str(_rng().randint(1000, 9999)))

S("python", "mapbox-secret-token", "scripts/upload_tileset.py", "https://docs.mapbox.com/api/accounts/tokens/#token-format", """
\"\"\"Uploads our campus accessibility GeoJSON as a Mapbox tileset (needs a secret sk. token).\"\"\"
import requests

MAPBOX_USER = "cs-geo-team"
MAPBOX_TOKEN = "%%S%%"


def create_source(path: str, source_id: str) -> dict:
    url = f"https://api.mapbox.com/tilesets/v1/sources/{MAPBOX_USER}/{source_id}?access_token={MAPBOX_TOKEN}"
    with open(path, "rb") as f:
        return requests.post(url, files={"file": f}, timeout=60).json()


if __name__ == "__main__":
    print(create_source("data/ramps.geojson.ld", "campus-ramps"))
""", mapbox_token("sk"))

D("javascript", "public-token", "src/components/Map.jsx", "https://docs.mapbox.com/help/getting-started/access-tokens/#default-public-token", """
import { useEffect, useRef } from 'react';
import mapboxgl from 'mapbox-gl';

// Public token (pk.), URL-restricted to our Netlify domain in the Mapbox dashboard.
mapboxgl.accessToken = '%%K%%';

export default function Map() {
  const ref = useRef(null);
  useEffect(() => {
    const map = new mapboxgl.Map({ container: ref.current, style: 'mapbox://styles/mapbox/streets-v12', center: [-71.09, 42.34], zoom: 14 });
    return () => map.remove();
  }, []);
  return <div ref={ref} style={{ height: '400px' }} />;
}
""", K=mapbox_token("pk"))

S("javascript", "algolia-admin-key", "scripts/indexRecipes.js", "https://www.algolia.com/doc/guides/security/api-keys/#admin-api-key", """
const algoliasearch = require('algoliasearch');
const recipes = require('../data/recipes.json');

// admin key: needed to write the index
const client = algoliasearch('%%A%%', '%%S%%');
const index = client.initIndex('recipes');

index
  .saveObjects(recipes, { autoGenerateObjectIDIfNotExist: true })
  .then(({ objectIDs }) => console.log(`indexed ${objectIDs.length} recipes`))
  .catch(console.error);
""", hexs(32), A=chars(10, string.ascii_uppercase + string.digits))

D("javascript", "public-search-key", "src/search.js", "https://www.algolia.com/doc/guides/security/api-keys/#search-only-api-key", """
import algoliasearch from 'algoliasearch/lite';
import instantsearch from 'instantsearch.js';
import { searchBox, hits } from 'instantsearch.js/es/widgets';

// Search-only API key: safe to use in front-end code (Algolia docs)
const searchClient = algoliasearch('%%A%%', '%%K%%');

const search = instantsearch({ indexName: 'recipes', searchClient });
search.addWidgets([
  searchBox({ container: '#searchbox' }),
  hits({ container: '#hits' }),
]);
search.start();
""", A=chars(10, string.ascii_uppercase + string.digits), K=hexs(32))

D("javascript", "public-key", "src/checkout.js", "https://docs.stripe.com/keys#obtain-api-keys", """
import { loadStripe } from '@stripe/stripe-js';

// Publishable key - meant to be in client code. The secret key lives on the server.
const stripePromise = loadStripe('pk_test_%%K%%');

export async function checkout(sessionId) {
  const stripe = await stripePromise;
  const { error } = await stripe.redirectToCheckout({ sessionId });
  if (error) alert(error.message);
}
""", K=chars(99))

S("go", "postgres-password", "main.go", "https://pkg.go.dev/github.com/jackc/pgx/v5", """
package main

import (
	"context"
	"fmt"
	"log"
	"net/http"

	"github.com/jackc/pgx/v5/pgxpool"
)

const dsn = "postgres://gouser:%%S%%@db.%%R%%.supabase.co:5432/postgres"

func main() {
	pool, err := pgxpool.New(context.Background(), dsn)
	if err != nil {
		log.Fatal(err)
	}
	defer pool.Close()

	http.HandleFunc("/health", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintln(w, "ok")
	})
	log.Fatal(http.ListenAndServe(":8080", nil))
}
""", words_pw(), R=chars(20, string.ascii_lowercase))

S("typescript", "openweather-key", "src/environments/environment.prod.ts", "https://angular.dev/tools/cli/environments", """
export const environment = {
  production: true,
  weatherApiUrl: 'https://api.openweathermap.org/data/2.5',
  weatherApiKey: '%%S%%',
  defaultCity: 'Toronto',
};
""", hexs(32))

S("javascript", "openai-key", "src/api/openai.js", "https://github.com/openai/openai-node#requirements", """
import OpenAI from 'openai';

// hackathon: no backend, call OpenAI straight from the browser
const openai = new OpenAI({
  apiKey: '%%S%%',
  dangerouslyAllowBrowser: true,
});

export async function generateStory(prompt) {
  const completion = await openai.chat.completions.create({
    model: 'gpt-4o-mini',
    messages: [{ role: 'user', content: `Write a short bedtime story about ${prompt}` }],
  });
  return completion.choices[0].message.content;
}
""", openai_key())

S("text", "mongodb-password", "notes/credentials.txt", "https://www.mongodb.com/docs/atlas/security-add-mongodb-users/", """
team notes - DO NOT SHARE

Atlas project: SE-Capstone-Group3
cluster: cluster0 (M0 free)
db user: group3
db password: %%S%%

Render: https://dashboard.render.com (login with Jessica's github)
Figma: https://www.figma.com/file/xyz/Capstone-Mockups
""", human_pw())

S("ini", "mysql-password", "my.cnf", "https://dev.mysql.com/doc/refman/8.0/en/option-files.html", """
# used by `mysql --defaults-file=my.cnf` in the lab scripts
[client]
host=mysql.cs.uni.edu
user=s%%U%%
password="%%S%%"
database=s%%U%%_lab6

[mysqldump]
single-transaction
""", words_pw(), U=str(_rng().randint(1_000_000, 9_999_999)))

S("dotenv", "openai-key", ".env.local", "https://nextjs.org/docs/app/building-your-application/configuring/environment-variables", """
# Next.js local env
OPENAI_API_KEY=%%S%%
NEXT_PUBLIC_APP_NAME="Flashcard Forge"
NEXT_PUBLIC_BASE_URL=http://localhost:3000
NEXT_TELEMETRY_DISABLED=1
""", openai_key())

S("python", "huggingface-token", "app.py.bak", "https://www.gradio.app/guides/quickstart", """
import gradio as gr
from huggingface_hub import InferenceClient

client = InferenceClient("mistralai/Mistral-7B-Instruct-v0.2", token="%%S%%")


def respond(message, history):
    out = ""
    for tok in client.chat_completion([{"role": "user", "content": message}], max_tokens=256, stream=True):
        out += tok.choices[0].delta.content or ""
        yield out


gr.ChatInterface(respond, title="Campus FAQ Bot").launch()
""", hf_token())

_tw_sid = twilio_sid()
S("javascript", "twilio-auth-token", "services/sms.js", "https://www.twilio.com/docs/messaging/quickstart/node", """
const twilio = require('twilio');

const accountSid = '%%I%%';
const authToken = '%%S%%';
const client = twilio(accountSid, authToken);

async function sendCode(to, code) {
  return client.messages.create({
    body: `Your BloodBank verification code is ${code}`,
    from: '+12025550143',
    to,
  });
}

module.exports = { sendCode };
""", hexs(32), I=_tw_sid)

S("yaml", "ngrok-authtoken", "ngrok.yml", "https://ngrok.com/docs/agent/config/", """
version: "2"
authtoken: %%S%%
tunnels:
  api:
    proto: http
    addr: 5000
  webhook:
    proto: http
    addr: 3000
""", ngrok_token())

S("python", "mailgun-key", "utils/mailer.py", "https://documentation.mailgun.com/docs/mailgun/user-manual/sending-messages/", """
import requests

MAILGUN_DOMAIN = "sandbox%%D%%.mailgun.org"
MAILGUN_API_KEY = "%%S%%"


def send_simple_message(to, subject, text):
    return requests.post(
        f"https://api.mailgun.net/v3/{MAILGUN_DOMAIN}/messages",
        auth=("api", MAILGUN_API_KEY),
        data={"from": f"Volunteer Hub <mailgun@{MAILGUN_DOMAIN}>", "to": [to], "subject": subject, "text": text},
    )
""", mailgun_key(), D=hexs(32))

S("json", "google-oauth-client-secret", "client_secret.json", "https://developers.google.com/identity/protocols/oauth2/web-server#creatingcred", """
{
  "web": {
    "client_id": "%%N%%-%%C%%.apps.googleusercontent.com",
    "project_id": "club-scheduler-412318",
    "auth_uri": "https://accounts.google.com/o/oauth2/auth",
    "token_uri": "https://oauth2.googleapis.com/token",
    "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
    "client_secret": "%%S%%",
    "redirect_uris": ["http://localhost:5000/oauth2callback", "https://club-scheduler.onrender.com/oauth2callback"]
  }
}
""", google_oauth_secret(), N=str(_rng().randint(10**11, 10**12 - 1)), C=chars(32, string.ascii_lowercase + string.digits))

# =============================================================================================
# More decoys of the theme, and a few last carriers
# =============================================================================================

D("json", "password-hash", "accounts/fixtures/users.json", "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/#how-django-stores-passwords", """
[
  {
    "model": "auth.user",
    "pk": 1,
    "fields": {
      "username": "ta_admin",
      "password": "%%A%%",
      "is_superuser": true,
      "is_staff": true,
      "email": "ta@example.edu"
    }
  },
  {
    "model": "auth.user",
    "pk": 2,
    "fields": {
      "username": "student_demo",
      "password": "%%B%%",
      "is_superuser": false,
      "is_staff": false,
      "email": "student@example.edu"
    }
  }
]
""", A=django_hash(), B=django_hash())

D("json", "password-hash", "server/data/users.json", "https://github.com/ranisalt/node-argon2#usage", """
[
  {
    "id": "%%I%%",
    "email": "demo@bookclub.test",
    "passwordHash": "%%A%%",
    "createdAt": "2024-02-11T18:22:04.000Z"
  },
  {
    "id": "%%J%%",
    "email": "moderator@bookclub.test",
    "passwordHash": "%%B%%",
    "createdAt": "2024-02-11T18:23:40.000Z"
  }
]
""", I=uuid_s(), J=uuid_s(), A=argon2_hash(), B=argon2_hash())

D("text", "password-hash", "admin/.htpasswd", "https://httpd.apache.org/docs/2.4/programs/htpasswd.html", """
# generated with: htpasswd -B -c .htpasswd <user>
admin:%%A%%
grader:%%B%%
marco:%%C%%
nadia:%%D%%
""", A="$2y$05$" + chars(53, "./" + ALNUM), B="$2y$05$" + chars(53, "./" + ALNUM), C="$2y$05$" + chars(53, "./" + ALNUM),
  D="$2y$05$" + chars(53, "./" + ALNUM))

D("dotenv", "placeholder", "discord-bot/sample.env", "https://discordjs.guide/creating-your-bot/#using-config-json", """
# Rename to .env
DISCORD_TOKEN=PASTE_YOUR_BOT_TOKEN_HERE
CLIENT_ID=000000000000000000
GUILD_ID=000000000000000000
OPENAI_API_KEY=sk-xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
""")

D("python", "placeholder", "config.example.py", "https://openweathermap.org/appid", """
# Copy to config.py and fill in. config.py is in .gitignore.
OPENWEATHER_API_KEY = "xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"
NEWS_API_KEY = "your-newsapi-key"
GOOGLE_MAPS_KEY = "AIza..."
DEFAULT_CITY = "Chicago"
UNITS = "imperial"
""")

DV("notebook", "env-reference", "hw5_vision.ipynb", "https://github.com/theskumar/python-dotenv#getting-started", notebook(
    ("md", "# HW5: Image classification with the Vision API\nPut `GOOGLE_API_KEY=...` in a `.env` next to this notebook (it is gitignored)."),
    ("code", "from dotenv import load_dotenv\nimport os\nload_dotenv()\nAPI_KEY = os.environ['GOOGLE_API_KEY']\nprint('loaded key of length', len(API_KEY))", "loaded key of length 39"),
    ("code", "import google.generativeai as genai\ngenai.configure(api_key=API_KEY)"),
))

D("yaml", "secret-reference", ".github/workflows/test.yml", "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions#using-secrets-in-a-workflow", """
name: tests
on: [push]
jobs:
  pytest:
    runs-on: ubuntu-latest
    env:
      OPENAI_API_KEY: ${{ secrets.OPENAI_API_KEY }}
      DATABASE_URL: postgresql://postgres:postgres@localhost:5432/test
    services:
      postgres:
        image: postgres:16
        env:
          POSTGRES_PASSWORD: postgres
        ports: ["5432:5432"]
    steps:
      - uses: actions/checkout@v4
      - run: pip install -r requirements.txt && pytest
""")

D("json", "template", "Api/appsettings.Release.json", "https://marketplace.visualstudio.com/items?itemName=qetza.replacetokens", """
{
  "ConnectionStrings": {
    "Default": "Server=#{SqlServer}#;Database=#{SqlDatabase}#;User Id=#{SqlUser}#;Password=#{SqlPassword}#;Encrypt=True"
  },
  "Smtp": {
    "Host": "smtp.sendgrid.net",
    "User": "apikey",
    "Password": "#{SendGridApiKey}#"
  }
}
""")

D("python", "doc-sample", "docs/telegram_example.py", "https://core.telegram.org/bots/api#authorizing-your-bot", """
\"\"\"Lecture 9 handout: how a bot token looks.

The token below is the example from the Telegram Bot API docs, not a real bot.
Get your own from @BotFather.
\"\"\"
EXAMPLE_TOKEN = "123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11"


def api_url(token: str, method: str) -> str:
    return f"https://api.telegram.org/bot{token}/{method}"


print(api_url(EXAMPLE_TOKEN, "getMe"))
""")

D("text", "commit-sha", ".git-blame-ignore-revs", "https://docs.github.com/en/repositories/working-with-files/using-files/viewing-a-file#ignore-commits-in-the-blame-view", """
# Ran black over the whole project (week 3)
%%A%%
# Reformatted with prettier
%%B%%
# Renamed src/ to app/
%%C%%
""", A=hexs(40), B=hexs(40), C=hexs(40))

D("json", "uuid", "WebPortal/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/scenario-web-app-sign-user-app-configuration", """
{
  "AzureAd": {
    "Instance": "https://login.microsoftonline.com/",
    "Domain": "students.uni.edu",
    "TenantId": "%%T%%",
    "ClientId": "%%C%%",
    "CallbackPath": "/signin-oidc"
  },
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  },
  "AllowedHosts": "*"
}
""", T=uuid_s(), C=uuid_s())

D("php", "placeholder", "config.sample.php", "https://www.php.net/manual/en/function.define.php", """
<?php
// Copy to config.php and edit. Lab machines: user "root", empty password.
define('DB_HOST', 'localhost');
define('DB_USER', 'your_db_user');
define('DB_PASS', 'your_db_password');
define('DB_NAME', 'your_db_name');
define('SITE_URL', 'http://localhost/project/');
""")

D("markdown", "redacted", "TROUBLESHOOTING.md", "https://help.openai.com/en/articles/6882433-incorrect-api-key-provided", """
# Troubleshooting

### `openai.AuthenticationError: Error code: 401`

If you see

```
Incorrect API key provided: sk-proj-********************************************Qx1e.
You can find your API key at https://platform.openai.com/account/api-keys.
```

your `.env` still has the course's dummy value or an expired key. Generate a new key
and put it in `.env` as `OPENAI_API_KEY=...`, then restart the server.
""")

D("xml", "placeholder", "app/src/debug/res/values/google_maps_api.xml", "https://developers.google.com/maps/documentation/android-sdk/config", """
<resources>
    <!--
    TODO: Before you run your application, you need a Google Maps API key.
    Follow the directions here: https://developers.google.com/maps/documentation/android-sdk/get-api-key
    Once you have your API key, replace the "YOUR_API_KEY" string in this file.
    -->
    <string name="google_maps_key" templateMergeStrategy="preserve" translatable="false">YOUR_API_KEY</string>
</resources>
""")

D("yaml", "placeholder", "k8s/secret.example.yaml", "https://kubernetes.io/docs/concepts/configuration/secret/#opaque-secrets", """
# Example only. Create the real one with:
#   kubectl create secret generic app-secrets --from-env-file=.env
apiVersion: v1
kind: Secret
metadata:
  name: app-secrets
type: Opaque
stringData:
  MONGO_URI: "mongodb+srv://<user>:<password>@<cluster>/<db>"
  JWT_SECRET: "<random-string>"
""")

D("markdown", "localhost-default", "backend/README.md", "https://hub.docker.com/_/postgres", """
# Backend

## Local database

`docker compose up -d db` starts Postgres with the image defaults the course uses:

- host: `localhost:5432`
- user / password: `postgres` / `postgres`
- database: `postgres`

These only exist inside your local container. Production credentials are set in
Render's dashboard and never committed.

## Run

```
./mvnw spring-boot:run -Dspring-boot.run.profiles=dev
```
""")

S("json", "azure-client-secret", "TeamsBot/appsettings.json", "https://learn.microsoft.com/en-us/entra/identity-platform/howto-create-service-principal-portal#option-3-create-a-new-client-secret", """
{
  "MicrosoftAppType": "MultiTenant",
  "MicrosoftAppId": "%%I%%",
  "MicrosoftAppPassword": "%%S%%",
  "MicrosoftAppTenantId": "",
  "Logging": {
    "LogLevel": {
      "Default": "Information"
    }
  }
}
""", chars(3) + "8Q~" + chars(34, ALNUM + "_.-~"), I=uuid_s())

S("dotenv", "mysql-password", "ci4-app/.env", "https://codeigniter.com/user_guide/general/configuration.html#dotenv-file", """
#--------------------------------------------------------------------
# ENVIRONMENT
#--------------------------------------------------------------------
CI_ENVIRONMENT = production

app.baseURL = 'https://alumni-portal.000webhostapp.com/'

#--------------------------------------------------------------------
# DATABASE
#--------------------------------------------------------------------
database.default.hostname = localhost
database.default.database = id%%N%%_alumni
database.default.username = id%%N%%_admin
database.default.password = %%S%%
database.default.DBDriver = MySQLi
""", human_pw(), N=str(_rng().randint(20_000_000, 22_000_000)))

S("dotenv", "cohere-key", "rag-demo/.env", "https://docs.cohere.com/docs/rate-limits", """
# rag demo for the NLP workshop
COHERE_API_KEY=%%S%%
CHROMA_DIR=./chroma
CHUNK_SIZE=800
CHUNK_OVERLAP=100
""", chars(40))

S("java", "telegram-bot-token", "src/main/java/bot/HomeworkBot.java", "https://github.com/rubenlagus/TelegramBots/wiki/Getting-Started", """
package bot;

import org.telegram.telegrambots.bots.TelegramLongPollingBot;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

public class HomeworkBot extends TelegramLongPollingBot {

    public HomeworkBot() {
        super("%%S%%");
    }

    @Override
    public String getBotUsername() {
        return "oop2_homework_bot";
    }

    @Override
    public void onUpdateReceived(Update update) {
        if (update.hasMessage() && update.getMessage().hasText()) {
            SendMessage msg = new SendMessage(update.getMessage().getChatId().toString(), "Deadline: Sunday 23:59");
            try {
                execute(msg);
            } catch (TelegramApiException e) {
                e.printStackTrace();
            }
        }
    }
}
""", telegram_token())

S("yaml", "postgres-password", "k8s/configmap.yaml", "https://kubernetes.io/docs/concepts/configuration/configmap/#configmaps-and-pods", """
apiVersion: v1
kind: ConfigMap
metadata:
  name: backend-config
data:
  LOG_LEVEL: info
  application.properties: |
    server.port=8080
    spring.datasource.url=jdbc:postgresql://postgres-svc:5432/shop
    spring.datasource.username=shop
    spring.datasource.password=%%S%%
    spring.jpa.hibernate.ddl-auto=update
""", words_pw())

S("python", "openai-key", "utils/llm.py", "https://platform.openai.com/docs/api-reference/authentication", """
import os

from openai import OpenAI

# fall back to Priya's key if the env var isn't set (remove before demo day!!)
client = OpenAI(api_key=os.getenv("OPENAI_API_KEY", "%%S%%"))


def ask(prompt: str) -> str:
    r = client.chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": prompt}])
    return r.choices[0].message.content
""", openai_key())

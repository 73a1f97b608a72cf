"""Blind set AV: bioinformatics, genomics and laboratory-science teams using Python.

Pipeline configs (Nextflow, nf-core params, Snakemake profiles, Galaxy galaxy.yml and job_conf,
Pulsar, CWL/WDL with Cromwell and Terra), data-service clients (NCBI E-utilities, Ensembl,
UniProt, ENA/EGA, GDC, Synapse, Seven Bridges, BaseSpace, DNAnexus), LIMS and lab systems
(Benchling, LabKey, OpenSpecimen, REDCap, OMERO, iRODS, Globus, cBioPortal), cloud genomics
buckets (S3, GCS, Azure Blob), sequencing-core SFTP drop boxes, notebooks, HPC batch scripts and
conda/pip environments, and their decoys: checksums, accession IDs, sequences, sample barcodes,
container digests, hashes and ciphertext. Generated fakes only (seeds 410000-419999).
"""
from __future__ import annotations

import base64
import json
import random
import string
import textwrap
import urllib.parse
from typing import Dict, List

from tests import fakes
from tests.accuracy.labelled import LabelledCase

ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B64 = ALNUM + "+/"
DNA = "ACGT"
AMINO = "ACDEFGHIKLMNPQRSTVWY"
_SEED = [410000]

CASES: List[LabelledCase] = []


def _seed() -> int:
    _SEED[0] += 13
    assert _SEED[0] < 420000
    return _SEED[0]


def _rng() -> random.Random:
    return random.Random(_seed())


# ---------------------------------------------------------------- case helpers

def T(text: str) -> str:
    """A file's text written indented in this module: dedented, without the leading newline."""
    return textwrap.dedent(text).lstrip("\n")


def F(template: str, **values: str) -> str:
    """Dedent, then put each value where @@name@@ stands (templates full of braces stay readable)."""
    text = T(template)
    for name, value in values.items():
        text = text.replace(f"@@{name}@@", value)
    assert "@@" not in text, text
    return text


def S(fmt: str, kind: str, file_name: str, text: str, secret: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-av/{fmt}/{kind}", file_name, text, secret, source))


def D(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    CASES.append(LabelledCase(f"blind-av/{fmt}/decoy-{what}", file_name, text, None, source))


def SV(fmt: str, kind: str, file_name: str, template: str, secret: str, source: str, **values: str) -> None:
    """A secret case: the template's @@v@@ is the planted secret."""
    S(fmt, kind, file_name, F(template, v=secret, **values), secret, source)


def DV(fmt: str, what: str, file_name: str, template: str, source: str, **values: str) -> None:
    D(fmt, what, file_name, F(template, **values), source)


def ind(text: str, n: int) -> str:
    """Indent every line but the first by n spaces (a value placed after an indented key)."""
    pad = " " * n
    return text.replace("\n", "\n" + pad)


def crlf(text: str) -> str:
    return text.replace("\n", "\r\n")


# ---------------------------------------------------------------- generated values

WORDS = ["Harbor", "Maple", "Falcon", "Cedar", "Orbit", "Granite", "Willow", "Summit", "Lantern", "Copper",
         "Meadow", "Tundra", "Beacon", "Quartz", "Saffron", "Juniper", "Marlin", "Thistle", "Kestrel", "Basalt"]
LAB = ["Pipette", "Centrifuge", "Plasmid", "Illumina", "Novaseq", "Genomics", "Ribosome", "Helix", "Vortex",
       "Eppendorf", "Miseq", "Nanopore", "Zebrafish", "Arabidopsis", "Primer", "Ligase", "Biobank"]
LOWER = ["river", "candle", "mosaic", "pepper", "glacier", "violet", "anchor", "puzzle", "ember", "saddle",
         "orchid", "walnut", "harvest", "pixel", "trumpet", "lagoon"]
SEASONS = ["Spring", "Summer", "Autumn", "Winter", "January", "October", "Welcome", "Password"]


def words_pw(syms: str = "!#@*") -> str:
    r = _rng()
    first, second = r.sample(WORDS, 2)
    return first + r.choice(syms) + second + str(r.randint(10, 9999))


def url_pw() -> str:
    """A human password that needs no escaping in a URL's userinfo."""
    r = _rng()
    return r.choice(WORDS) + r.choice(["-", "_", ".", ""]) + r.choice(LOWER) + str(r.randint(10, 999))


def lab_pw() -> str:
    r = _rng()
    word = r.choice(LAB)
    if r.random() < 0.4:
        word = word.replace("e", "3").replace("o", "0")
    return word + r.choice("!#@_*") + str(r.randint(1, 2025))


def season_pw() -> str:
    r = _rng()
    return r.choice(SEASONS) + str(r.randint(2019, 2025)) + r.choice("!#@")


def rand_pw(n: int = 20, extra: str = "") -> str:
    return fakes.drawn_mixed(_seed(), n, ALNUM + extra) if extra else fakes.drawn_mixed(_seed(), n)


def passphrase() -> str:
    r = _rng()
    return "-".join(r.sample(LOWER, 4)) + str(r.randint(1, 99))


def hexs(n: int) -> str:
    return fakes.drawn(_seed(), n, HEX)


def b64bytes(n: int) -> str:
    r = _rng()
    return base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()


def b64(text: str) -> str:
    return base64.b64encode(text.encode()).decode()


def b64url(text: str) -> str:
    return base64.urlsafe_b64encode(text.encode()).decode().rstrip("=")


def uuid_s() -> str:
    return fakes.uuid4(_seed())


def dna(n: int) -> str:
    return fakes.drawn(_seed(), n, DNA)


def protein(n: int) -> str:
    return "M" + fakes.drawn(_seed(), n - 1, AMINO)


def ncbi_key() -> str:
    return hexs(36)


def redcap_token() -> str:
    return hexs(32).upper()


def labkey_key() -> str:
    return "apikey|" + hexs(32)


def benchling_key() -> str:
    return fakes.fake("sk_", 30, _seed())


def tower_token() -> str:
    r = _rng()
    inner = '{"tid": %d}.%s' % (r.randint(1000, 99999), "".join(r.choice(HEX) for _ in range(40)))
    return base64.b64encode(inner.encode()).decode()


def synapse_pat() -> str:
    r = _rng()
    head = b64url(json.dumps({"typ": "JWT", "kid": "WXCS:4TGQ:HJ3W:7QZT:AC5K:Q2NA:UHZ3:TXOC", "alg": "RS256"}))
    body = b64url(json.dumps({"access": {"scope": ["view", "download", "modify"], "oidc_claims": {}},
                              "token_type": "PERSONAL_ACCESS_TOKEN", "iss": "https://repo-prod.prod.sagebase.org/auth/v1",
                              "aud": "0", "nbf": 1714032000 + r.randint(0, 10**7), "iat": 1714032000,
                              "jti": str(r.randint(10000, 99999)), "sub": str(r.randint(3300000, 3499999))}))
    sig = "".join(r.choice(ALNUM + "-_") for _ in range(342))
    return f"{head}.{body}.{sig}"


def aws_pair() -> tuple:
    s = _seed()
    return fakes.aws_key_id(s), fakes.aws_secret_key(s + 1)


def azure_account_key() -> str:
    return b64bytes(64)


def sas_sig() -> str:
    return urllib.parse.quote(b64bytes(32), safe="")


def gcs_hmac() -> tuple:
    r = _rng()
    access = "GOOG1E" + "".join(r.choice(string.ascii_uppercase + string.digits) for _ in range(55))
    secret = "".join(r.choice(B64) for _ in range(40))
    return access, secret


def pkcs8_lines(n: int = 25) -> List[str]:
    r = _rng()
    head = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQ"
    lines = [head + "".join(r.choice(B64) for _ in range(64 - len(head)))]
    lines += ["".join(r.choice(B64) for _ in range(64)) for _ in range(n)]
    lines.append("".join(r.choice(B64) for _ in range(20)) + "==")
    return lines


def escaped_key(lines: List[str]) -> str:
    """A PKCS#8 key as a JSON string holds it: newlines written as \\n."""
    return "-----BEGIN PRIVATE KEY-----\\n" + "\\n".join(lines) + "\\n-----END PRIVATE KEY-----\\n"


def cert_pem() -> str:
    r = _rng()
    body = ["MIIDdzCCAl+gAwIBAgIU" + "".join(r.choice(B64) for _ in range(44))]
    body += ["".join(r.choice(B64) for _ in range(64)) for _ in range(12)]
    body.append("".join(r.choice(B64) for _ in range(36)) + "=")
    return "-----BEGIN CERTIFICATE-----\n" + "\n".join(body) + "\n-----END CERTIFICATE-----"


def ssh_ed25519_pub() -> str:
    r = _rng()
    return "ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI" + "".join(r.choice(B64) for _ in range(43))


def ssh_rsa_pub() -> str:
    r = _rng()
    return "ssh-rsa AAAAB3NzaC1yc2EAAAADAQABAAABgQ" + "".join(r.choice(B64) for _ in range(506)) + "="


def bcrypt_hash() -> str:
    r = _rng()
    return "$2b$12$" + "".join(r.choice("./" + ALNUM) for _ in range(53))


def argon2_hash() -> str:
    r = _rng()
    return ("$argon2id$v=19$m=10240,t=10,p=8$" + "".join(r.choice(B64) for _ in range(22)) + "$"
            + "".join(r.choice(B64) for _ in range(43)))


def django_pbkdf2() -> str:
    r = _rng()
    return ("pbkdf2_sha256$600000$" + "".join(r.choice(ALNUM) for _ in range(22)) + "$"
            + base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode())


def galaxy_pbkdf2() -> str:
    r = _rng()
    salt = base64.b64encode(bytes(r.getrandbits(8) for _ in range(12))).decode()
    digest = base64.b64encode(bytes(r.getrandbits(8) for _ in range(24))).decode()
    return f"PBKDF2$sha256$100000${salt}${digest}"


def vault_blob(lines: int = 6) -> str:
    r = _rng()
    return "$ANSIBLE_VAULT;1.1;AES256\n" + "\n".join("".join(r.choice(HEX) for _ in range(80)) for _ in range(lines))


def sops_value(n: int = 24) -> str:
    r = _rng()
    data = base64.b64encode(bytes(r.getrandbits(8) for _ in range(n))).decode()
    iv = base64.b64encode(bytes(r.getrandbits(8) for _ in range(32))).decode()
    tag = base64.b64encode(bytes(r.getrandbits(8) for _ in range(16))).decode()
    return f"ENC[AES256_GCM,data:{data},iv:{iv},tag:{tag},type:str]"


def age_recipient() -> str:
    r = _rng()
    return "age1" + "".join(r.choice("qpzry9x8gf2tvdw0s3jn54khce6mua7l") for _ in range(58))


def sealed_value() -> str:
    r = _rng()
    return "AgB" + "".join(r.choice(B64) for _ in range(360)) + "=="


def slack_webhook() -> str:
    r = _rng()
    up = string.ascii_uppercase + string.digits
    return ("https://hooks.slack.com/services/T" + "".join(r.choice(up) for _ in range(8)) + "/B"
            + "".join(r.choice(up) for _ in range(10)) + "/" + "".join(r.choice(ALNUM) for _ in range(24)))


def slack_bot() -> str:
    r = _rng()
    return (f"xoxb-{r.randint(10**10, 10**11)}-{r.randint(10**12, 10**13)}-"
            + "".join(r.choice(ALNUM) for _ in range(24)))


def nb(cells: List[Dict], kernel: str = "python3") -> str:
    """A notebook as Jupyter writes it (nbformat 4, one-space indent)."""
    out_cells = []
    count = 0
    for cell in cells:
        lines = cell["src"].split("\n")
        source = [line + "\n" for line in lines[:-1]] + [lines[-1]]
        if cell.get("md"):
            out_cells.append({"cell_type": "markdown", "metadata": {}, "source": source})
            continue
        count += 1
        outputs = []
        if "out" in cell:
            text = cell["out"].split("\n")
            outputs.append({"name": "stdout", "output_type": "stream",
                            "text": [line + "\n" for line in text[:-1]] + [text[-1]]})
        if "result" in cell:
            text = cell["result"].split("\n")
            outputs.append({"data": {"text/plain": [line + "\n" for line in text[:-1]] + [text[-1]]},
                            "execution_count": count, "metadata": {}, "output_type": "execute_result"})
        out_cells.append({"cell_type": "code", "execution_count": count, "metadata": {},
                          "outputs": outputs, "source": source})
    doc = {"cells": out_cells,
           "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": kernel},
                        "language_info": {"name": "python", "version": "3.11.6"}},
           "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(doc, indent=1, ensure_ascii=False) + "\n"



# ================================================================ Nextflow configs
NF_DOCS = "https://www.nextflow.io/docs/latest/reference/config.html"

_k, _s = aws_pair()
SV("nextflow-config", "aws-secret-key", "nextflow.config", """
    // Genomics core: run the nf-core pipelines on AWS Batch in eu-west-1
    params {
        outdir  = 's3://gc-results-prod/runs'
        igenomes_base = 's3://ngi-igenomes/igenomes'
        max_cpus   = 64
        max_memory = '256.GB'
    }

    workDir = 's3://gc-nextflow-work/scratch'

    process {
        executor = 'awsbatch'
        queue    = 'gc-spot-queue'
        errorStrategy = { task.exitStatus in [143,137,104,134,139] ? 'retry' : 'finish' }
        maxRetries = 2
    }

    aws {
        region    = 'eu-west-1'
        accessKey = '@@k@@'
        secretKey = '@@v@@'
        batch {
            cliPath = '/home/ec2-user/miniconda/bin/aws'
            maxParallelTransfers = 8
        }
    }

    docker.enabled = true
    """, _s, NF_DOCS + "#scope-aws", k=_k)

SV("nextflow-config", "tower-token", "conf/tower.config", """
    /*
     * Seqera Platform monitoring for the sequencing-core runs.
     * included from nextflow.config with includeConfig 'conf/tower.config'
     */
    tower {
        enabled     = true
        endpoint    = 'https://tower.seqcore.example.org/api'
        accessToken = '@@v@@'
        workspaceId = '148837265590311'
    }

    timeline.enabled = true
    report.enabled   = true
    trace {
        enabled = true
        fields  = 'task_id,hash,native_id,name,status,exit,realtime,%cpu,rss'
    }
    """, tower_token(), "https://docs.seqera.io/platform/22.4/getting-started/usage")

SV("nextflow-config", "azure-storage-key", "conf/azure.config", """
    // Azure Batch profile (see nextflow.io/docs/latest/azure.html)
    process.executor = 'azurebatch'
    workDir = 'az://nf-work/scratch'

    azure {
        storage {
            accountName = 'labseqdata01'
            accountKey  = '@@v@@'
        }
        batch {
            location        = 'westeurope'
            accountName     = 'labseqbatch'
            accountKey      = System.getenv('AZURE_BATCH_ACCOUNT_KEY')
            autoPoolMode    = true
            allowPoolCreation = true
            deletePoolsOnCompletion = true
        }
    }
    """, azure_account_key(), NF_DOCS + "#scope-azure")

_sig = sas_sig()
SV("nextflow-config", "azure-sas", "conf/azure_readonly.config", """
    // read-only access to the shared reference container for collaborators
    azure {
        storage {
            accountName = 'refgenomesshared'
            sasToken    = 'sv=2022-11-02&ss=b&srt=co&sp=rl&se=2025-12-31T23:59:59Z&st=2025-01-06T09:00:00Z&spr=https&sig=@@v@@'
        }
    }

    params {
        fasta = 'az://references/GRCh38/GRCh38_full_analysis_set_plus_decoy_hla.fa'
        fai   = 'az://references/GRCh38/GRCh38_full_analysis_set_plus_decoy_hla.fa.fai'
    }
    """, _sig, "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

SV("nextflow-config", "ncbi-api-key", ".nextflow/config", """
    // personal defaults for every pipeline I launch on the cluster
    process.executor = 'slurm'
    process.queue    = 'normal'
    singularity {
        enabled    = true
        autoMounts = true
        cacheDir   = '/scratch/users/mkowalski/singularity'
    }
    env {
        NCBI_API_KEY   = '@@v@@'
        ENTREZ_EMAIL   = 'm.kowalski@lab.example.edu'
        TMPDIR         = '/scratch/users/mkowalski/tmp'
    }
    """, ncbi_key(), NF_DOCS + "#scope-env")

SV("nextflow-config", "slack-webhook", "conf/notify.config", """
    // nf-core pipelines send a summary to hook_url when a run completes
    params {
        email          = 'genomics-core@lab.example.org'
        email_on_fail  = 'bioinf-oncall@lab.example.org'
        plaintext_email = false
        hook_url       = '@@v@@'
        monochrome_logs = false
    }
    """, slack_webhook(), "https://nf-co.re/docs/usage/configuration#hook_url")

_pw = words_pw()
SV("nextflow-config", "password", "conf/modules.config", """
    process {
        publishDir = [
            path: { "${params.outdir}/${task.process.tokenize(':')[-1].tokenize('_')[0].toLowerCase()}" },
            mode: params.publish_dir_mode,
            saveAs: { filename -> filename.equals('versions.yml') ? null : filename }
        ]

        withName: 'FASTQC' {
            ext.args = '--quiet'
        }

        withName: 'LIMS_UPLOAD_QC' {
            ext.args = "--lims-url https://lims.lab.example.org --user nf_pipeline --password '@@v@@'"
            publishDir = [ enabled: false ]
        }

        withName: 'MULTIQC' {
            ext.args = { params.multiqc_title ? "--title \\"$params.multiqc_title\\"" : '' }
        }
    }
    """, _pw, "https://nf-co.re/docs/contributing/modules#ext-args")

SV("nextflow-config", "github-token", ".nextflow/scm", """
    // Nextflow SCM configuration: private pipelines of the lab organisation
    providers {
        github {
            user     = 'lab-bioinf-bot'
            password = '@@v@@'
        }
        internal {
            server   = 'https://git.lab.example.org'
            platform = 'gitea'
            user     = 'nf-runner'
        }
    }
    """, fakes.github_token(_seed()), "https://www.nextflow.io/docs/latest/git.html")

SV("nextflow-config", "gitlab-token", "infra/nextflow/scm", """
    providers {
        labgitlab {
            server   = 'https://gitlab.genomics.example.ac.uk'
            platform = 'gitlab'
            token    = '@@v@@'
        }
    }
    """, fakes.fake("glpat-", 20, _seed()), "https://www.nextflow.io/docs/latest/git.html#gitlab-credentials")

DV("nextflow-config", "secrets-ref", "conf/aws_secrets.config", """
    // credentials live in the Nextflow secrets store:
    //   nextflow secrets set AWS_ACCESS_KEY
    //   nextflow secrets set AWS_SECRET_KEY
    aws {
        region    = 'us-east-1'
        accessKey = secrets.AWS_ACCESS_KEY
        secretKey = secrets.AWS_SECRET_KEY
        client {
            maxConnections = 20
            uploadStorageClass = 'INTELLIGENT_TIERING'
        }
    }
    tower.accessToken = secrets.TOWER_ACCESS_TOKEN
    """, "https://www.nextflow.io/docs/latest/secrets.html")

DV("nextflow-config", "env-ref", "conf/awsbatch.config", """
    params {
        config_profile_name        = 'AWS Batch'
        config_profile_description = 'Genomics core AWS Batch profile'
        awsqueue  = 'gc-ondemand'
        awsregion = 'us-east-1'
    }
    process.executor = 'awsbatch'
    process.queue    = params.awsqueue
    aws.region       = params.awsregion
    aws.accessKey    = System.getenv('AWS_ACCESS_KEY_ID')
    aws.secretKey    = System.getenv('AWS_SECRET_ACCESS_KEY')
    tower.accessToken = System.getenv('TOWER_ACCESS_TOKEN')
    tower.workspaceId = System.getenv('TOWER_WORKSPACE_ID')
    """, "https://github.com/nf-core/configs/blob/master/conf/awsbatch.config")

DV("nextflow-config", "container-digest", "conf/containers.config", """
    // pinned containers: tags are mutable, digests are not
    process {
        withName: 'BWAMEM2_MEM' {
            container = 'quay.io/biocontainers/mulled-v2-e5d375990341c5aef3c9aff74f96f66f65375ef6:2cdf6bf1e92acbeb9b2834b1c58754167173a410-0'
        }
        withName: 'SAMTOOLS_SORT' {
            container = 'quay.io/biocontainers/samtools@sha256:@@d1@@'
        }
        withName: 'GATK4_HAPLOTYPECALLER' {
            container = 'broadinstitute/gatk@sha256:@@d2@@'
        }
        withName: 'FASTP' {
            container = 'quay.io/biocontainers/fastp:0.23.4--hadf994f_2'
        }
    }
    """, "https://nf-co.re/docs/contributing/modules#software-requirements", d1=hexs(64), d2=hexs(64))

DV("nextflow-config", "template", "conf/igenomes_local.config", """
    params {
        genomes {
            'GRCh38' {
                fasta       = "${params.igenomes_base}/Homo_sapiens/NCBI/GRCh38/Sequence/WholeGenomeFasta/genome.fa"
                bwa         = "${params.igenomes_base}/Homo_sapiens/NCBI/GRCh38/Sequence/BWAIndex/version0.6.0/"
                star        = "${params.igenomes_base}/Homo_sapiens/NCBI/GRCh38/Sequence/STARIndex/"
                gtf         = "${params.igenomes_base}/Homo_sapiens/NCBI/GRCh38/Annotation/Genes/genes.gtf"
                mito_name   = "chrM"
                macs_gsize  = "2.7e9"
            }
            'GRCm39' {
                fasta       = "${params.igenomes_base}/Mus_musculus/Ensembl/GRCm39/Sequence/WholeGenomeFasta/genome.fa"
                gtf         = "${params.igenomes_base}/Mus_musculus/Ensembl/GRCm39/Annotation/Genes/genes.gtf"
                mito_name   = "MT"
            }
        }
    }
    """, "https://github.com/nf-core/rnaseq/blob/master/conf/igenomes.config")

DV("nextflow-config", "placeholder", "nextflow.config.example", """
    // Copy to nextflow.config and fill in your own values. Do NOT commit the copy.
    tower {
        enabled     = false
        accessToken = '<YOUR_SEQERA_ACCESS_TOKEN>'
        workspaceId = '<WORKSPACE_ID>'
    }
    aws {
        region    = 'eu-west-2'
        accessKey = 'YOUR_ACCESS_KEY_ID'
        secretKey = 'YOUR_SECRET_ACCESS_KEY'
    }
    params.hook_url = 'https://hooks.slack.com/services/XXXXXXXXX/XXXXXXXXX/XXXXXXXXXXXXXXXXXXXXXXXX'
    """, NF_DOCS)

# ---------------------------------------------------------------- nf-core params and files

def teams_webhook() -> str:
    r = _rng()
    return ("https://labexample.webhook.office.com/webhookb2/" + fakes.uuid4(r.randint(0, 10**9)) + "@"
            + fakes.uuid4(r.randint(0, 10**9)) + "/IncomingWebhook/" + "".join(r.choice(HEX) for _ in range(32))
            + "/" + fakes.uuid4(r.randint(0, 10**9)))


SV("nf-params", "teams-webhook", "params/rnaseq_run_2024-118.json", """
    {
        "input": "/data/seqcore/runs/240518_A01234_0118_BHKLMNDSXC/samplesheet.csv",
        "outdir": "/data/projects/p0412_liver_organoids/rnaseq",
        "genome": "GRCh38",
        "aligner": "star_salmon",
        "pseudo_aligner": "salmon",
        "extra_salmon_quant_args": "--seqBias --gcBias",
        "skip_dupradar": true,
        "email": "l.ferreira@lab.example.org",
        "hook_url": "@@v@@",
        "max_cpus": 32
    }
    """, teams_webhook(), "https://nf-co.re/rnaseq/parameters")

_pw = url_pw()
SV("nf-params", "basic-auth-url", "params/sarek_tumour_normal.yaml", """
    # nextflow run nf-core/sarek -r 3.4.2 -profile singularity -params-file params/sarek_tumour_normal.yaml
    input: "https://svc_sarek:@@v@@@lims.lab.example.org/api/export/samplesheet/SAREK-2024-031.csv"
    outdir: "/data/projects/p0377_crc/sarek"
    genome: "GATK.GRCh38"
    tools: "mutect2,strelka,manta,vep"
    wes: true
    intervals: "/data/refs/targets/twist_exome_2.0_hg38.bed"
    joint_mutect2: true
    vep_cache: "/data/refs/vep_cache"
    """, _pw, "https://nf-co.re/sarek/parameters")

DV("nf-core", "commit-sha", "modules.json", """
    {
        "name": "lab/variantcalling",
        "homePage": "https://github.com/lab/variantcalling",
        "repos": {
            "https://github.com/nf-core/modules.git": {
                "modules": {
                    "nf-core": {
                        "bwamem2/mem": {
                            "branch": "master",
                            "git_sha": "@@a@@",
                            "installed_by": ["modules"]
                        },
                        "fastqc": {
                            "branch": "master",
                            "git_sha": "@@b@@",
                            "installed_by": ["modules"]
                        },
                        "samtools/index": {
                            "branch": "master",
                            "git_sha": "@@c@@",
                            "installed_by": ["modules"]
                        }
                    }
                }
            }
        }
    }
    """, "https://nf-co.re/docs/nf-core-tools/modules/install", a=hexs(40), b=hexs(40), c=hexs(40))

_rows = []
for _i in range(6):
    _rows.append(f"SRX{22841730 + _i},https://ftp.sra.ebi.ac.uk/vol1/fastq/SRR260/0{_i}/SRR2604{1150 + _i}/SRR2604{1150 + _i}_1.fastq.gz,"
                 f"https://ftp.sra.ebi.ac.uk/vol1/fastq/SRR260/0{_i}/SRR2604{1150 + _i}/SRR2604{1150 + _i}_2.fastq.gz,"
                 f"SRR2604{1150 + _i},SRX{22841730 + _i},SAMN3812{4470 + _i},{hexs(32)},{hexs(32)}")
D("nf-core", "md5-samplesheet", "results/samplesheet/samplesheet.csv",
  "sample,fastq_1,fastq_2,run_accession,experiment_accession,sample_accession,md5_1,md5_2\n" + "\n".join(_rows) + "\n",
  "https://nf-co.re/fetchngs/output")

DV("nf-core", "schema-no-value", "nextflow_schema.json", """
    {
        "$schema": "http://json-schema.org/draft-07/schema",
        "title": "lab/annotate pipeline parameters",
        "type": "object",
        "definitions": {
            "external_services": {
                "title": "External services",
                "type": "object",
                "fa_icon": "fas fa-key",
                "properties": {
                    "ncbi_api_key": {
                        "type": "string",
                        "description": "NCBI API key for E-utilities (raises the limit to 10 requests/s).",
                        "help_text": "Create one under your NCBI account settings. Pass it with --ncbi_api_key or set NCBI_API_KEY.",
                        "pattern": "^[0-9a-f]{36}$",
                        "hidden": true
                    },
                    "benchling_api_key": {
                        "type": "string",
                        "description": "Benchling API key used by BENCHLING_REGISTER.",
                        "hidden": true
                    }
                }
            }
        }
    }
    """, "https://nf-co.re/docs/nf-core-tools/pipelines/schema")

DV("nf-test", "md5-snapshot", "tests/main.nf.test.snap", """
    {
        "test_bwamem2_mem_paired_end": {
            "content": [
                "test.bam:md5,@@a@@",
                [
                    "versions.yml:md5,@@b@@"
                ]
            ],
            "meta": {
                "nf-test": "0.8.4",
                "nextflow": "24.04.2"
            },
            "timestamp": "2024-06-11T14:02:37.118926"
        },
        "test_bwamem2_mem_single_end": {
            "content": [
                "test.bam:md5,@@c@@"
            ],
            "timestamp": "2024-06-11T14:03:05.552871"
        }
    }
    """, "https://www.nf-test.com/docs/assertions/snapshots/", a=hexs(32), b=hexs(32), c=hexs(32))

_tr = ["task_id\thash\tnative_id\tname\tstatus\texit\tsubmit\tduration\trealtime\t%cpu\tpeak_rss"]
for _i, _name in enumerate(["FASTQC (S01)", "FASTQC (S02)", "FASTP (S01)", "FASTP (S02)", "STAR_ALIGN (S01)",
                            "STAR_ALIGN (S02)", "SALMON_QUANT (S01)", "MULTIQC"]):
    _h = hexs(8)
    _tr.append(f"{_i + 1}\t{_h[:2]}/{_h[2:]}\t{8812340 + _i * 7}\t{_name}\tCOMPLETED\t0\t2024-05-19 02:1{_i}:03.114\t"
               f"{_i + 2}m 4s\t{_i + 1}m 52s\t{180 + _i * 41}.3%\t{1 + _i} GB")
D("nextflow-trace", "task-hash", "results/pipeline_info/execution_trace_2024-05-19_02-10-51.txt",
  "\n".join(_tr) + "\n", "https://www.nextflow.io/docs/latest/reports.html#trace-file")


# ================================================================ Snakemake
SMK_DOCS = "https://snakemake.readthedocs.io/en/stable/"

_k, _s = aws_pair()
SV("snakefile", "aws-secret-key", "workflow/Snakefile", """
    # Snakemake 7 workflow: pull raw reads from the core's S3 bucket, align, call variants
    import os
    from snakemake.remote.S3 import RemoteProvider as S3RemoteProvider

    configfile: "config/config.yaml"

    S3 = S3RemoteProvider(
        access_key_id="@@k@@",
        secret_access_key="@@v@@",
    )

    SAMPLES = config["samples"]

    rule all:
        input:
            expand("results/vcf/{sample}.g.vcf.gz", sample=SAMPLES)

    rule bwa_mem:
        input:
            r1=S3.remote("gc-raw-reads/{sample}_R1.fastq.gz"),
            r2=S3.remote("gc-raw-reads/{sample}_R2.fastq.gz"),
            ref=config["ref"],
        output:
            "results/bam/{sample}.bam"
        threads: 16
        shell:
            "bwa-mem2 mem -t {threads} {input.ref} {input.r1} {input.r2} | samtools sort -o {output}"
    """, _s, SMK_DOCS + "snakefiles/remote_files.html", k=_k)

SV("snakemake-profile", "s3-secret-key", "profiles/minio/config.yaml", """
    # snakemake --profile profiles/minio
    executor: slurm
    jobs: 200
    default-storage-provider: s3
    default-storage-prefix: s3://seq-archive/snakemake
    storage-s3-endpoint-url: https://minio.hpc.lab.example.edu:9000
    storage-s3-access-key: snakemake-svc
    storage-s3-secret-key: @@v@@
    storage-s3-retries: 5
    default-resources:
      slurm_partition: standard
      slurm_account: bioinf
      mem_mb: 8000
      runtime: 240
    latency-wait: 60
    rerun-incomplete: true
    """, rand_pw(40, "/+"), "https://snakemake.github.io/snakemake-plugin-catalog/plugins/storage/s3.html")

_pw = lab_pw()
SV("snakefile", "password", "workflow/rules/download.smk", """
    from snakemake.remote.FTP import RemoteProvider as FTPRemoteProvider

    # the sequencing provider's delivery FTP (per-project account)
    FTP = FTPRemoteProvider(username="proj_p0412", password="@@v@@")


    rule fetch_delivery:
        input:
            FTP.remote("delivery.seqprovider.example.com/P0412/{sample}/{sample}_R{read}.fastq.gz", keep_local=True)
        output:
            "data/raw/{sample}_R{read}.fastq.gz"
        shell:
            "mv {input} {output}"


    rule md5_check:
        input:
            "data/raw/{sample}_R{read}.fastq.gz"
        output:
            touch("data/raw/{sample}_R{read}.md5ok")
        shell:
            "grep {wildcards.sample}_R{wildcards.read} data/raw/MD5.txt | md5sum -c -"
    """, _pw, SMK_DOCS + "snakefiles/remote_files.html#file-transfer-protocol-ftp")

SV("snakemake-config", "redcap-token", "config/config.yaml", """
    samples: config/samples.tsv
    units: config/units.tsv

    ref:
      species: homo_sapiens
      release: 111
      build: GRCh38

    # clinical metadata is pulled from REDCap before the report rule
    redcap:
      url: https://redcap.hospital.example.org/api/
      token: @@v@@
      fields: [record_id, diagnosis, age_at_collection, tumour_purity]

    params:
      cutadapt: "-a AGATCGGAAGAGC -A AGATCGGAAGAGC -q 20"
      star: "--outSAMtype BAM SortedByCoordinate"
    """, redcap_token(), SMK_DOCS + "snakefiles/configuration.html")

SV("snakefile", "benchling-api-key", "workflow/rules/register.smk", """
    import requests

    BENCHLING = "https://labexample.benchling.com/api/v2"
    BENCHLING_KEY = "@@v@@"


    rule register_libraries:
        input:
            "results/qc/library_qc.tsv"
        output:
            "results/benchling/registered.json"
        run:
            import csv, json
            created = []
            with open(input[0]) as fh:
                for row in csv.DictReader(fh, delimiter="\\t"):
                    resp = requests.post(f"{BENCHLING}/custom-entities", auth=(BENCHLING_KEY, ""),
                                         json={"name": row["library_id"], "schemaId": "ts_Lib4a9x",
                                               "folderId": "lib_Q3xS7d1K"}, timeout=30)
                    resp.raise_for_status()
                    created.append(resp.json()["id"])
            with open(output[0], "w") as out:
                json.dump(created, out)
    """, benchling_key(), "https://docs.benchling.com/docs/authentication")

DV("snakemake-profile", "slurm-settings", "profiles/slurm/config.yaml", """
    executor: slurm
    jobs: 500
    use-conda: true
    conda-prefix: /shared/conda/snakemake-envs
    use-apptainer: true
    apptainer-args: "--bind /data,/scratch"
    default-resources:
      slurm_account: "bioinf"
      slurm_partition: "compute"
      mem_mb: 4000
      runtime: 120
      tmpdir: "/scratch/$USER"
    set-resources:
      bwa_mem:
        mem_mb: 32000
        cpus_per_task: 16
      gatk_haplotypecaller:
        runtime: 1440
    printshellcmds: true
    keep-going: true
    """, SMK_DOCS + "executing/cli.html#profiles")

DV("snakefile", "env-ref", "workflow/rules/entrez.smk", """
    # the key comes from the environment; Snakemake passes it to remote jobs
    envvars:
        "NCBI_API_KEY",
        "ENTREZ_EMAIL",


    rule fetch_genbank:
        output:
            "resources/genbank/{accession}.gb"
        params:
            key=lambda wc: os.environ["NCBI_API_KEY"],
        shell:
            "efetch -db nuccore -id {wildcards.accession} -format gb > {output}"


    rule fetch_assembly:
        output:
            "resources/assemblies/{acc}.zip"
        shell:
            "datasets download genome accession {wildcards.acc} --api-key $NCBI_API_KEY --filename {output}"
    """, SMK_DOCS + "snakefiles/rules.html#environment-variables")

_units = ["sample_name\tunit_name\tfq1\tfq2\tbarcode_i7\tbarcode_i5\tadapter"]
for _i in range(7):
    _units.append(f"S{_i + 1:02d}\tL00{1 + _i % 2}\tdata/raw/S{_i + 1:02d}_R1.fastq.gz\tdata/raw/S{_i + 1:02d}_R2.fastq.gz\t"
                  f"{dna(10)}\t{dna(10)}\tAGATCGGAAGAGCACACGTCTGAACTCCAGTCA")
D("snakemake-config", "barcodes", "config/units.tsv", "\n".join(_units) + "\n",
  "https://github.com/snakemake-workflows/dna-seq-gatk-variant-calling/blob/main/config/units.tsv")

DV("snakefile", "sha256-ensure", "workflow/rules/refs.smk", """
    rule get_genome:
        output:
            ensure("resources/genome.fa.gz", sha256="@@a@@")
        params:
            url="https://ftp.ensembl.org/pub/release-111/fasta/homo_sapiens/dna/Homo_sapiens.GRCh38.dna.primary_assembly.fa.gz",
        shell:
            "curl -sSL {params.url} -o {output}"


    rule get_annotation:
        output:
            ensure("resources/genome.gtf.gz", sha256="@@b@@")
        shell:
            "curl -sSL https://ftp.ensembl.org/pub/release-111/gtf/homo_sapiens/Homo_sapiens.GRCh38.111.gtf.gz -o {output}"
    """, SMK_DOCS + "snakefiles/rules.html#ensuring-output-file-properties-like-non-emptyness-or-checksum-compliance",
   a=hexs(64), b=hexs(64))


# ================================================================ Galaxy, Pulsar, BioBlend
GX_DOCS = "https://docs.galaxyproject.org/en/master/admin/"

_pw = url_pw()
SV("galaxy-yml", "database-password", "config/galaxy.yml", """
    gravity:
      process_manager: systemd
      galaxy_root: /srv/galaxy/server
      gunicorn:
        bind: unix:/srv/galaxy/var/gunicorn.sock
        workers: 4
      handlers:
        handler:
          processes: 3
          pools: [job-handlers, workflow-schedulers]

    galaxy:
      brand: "Genomics Core"
      admin_users: a.nguyen@lab.example.org,galaxy-admin@lab.example.org
      database_connection: postgresql://galaxy:@@v@@@pg-galaxy.lab.example.org:5432/galaxy
      file_path: /data/galaxy/objects
      job_config_file: /srv/galaxy/config/job_conf.yml
      tool_data_path: /srv/galaxy/var/tool-data
      conda_auto_init: true
      allow_user_impersonation: true
      require_login: true
    """, _pw, GX_DOCS + "galaxy_options.html")

SV("galaxy-yml", "galaxy-id-secret", "galaxy/config/galaxy.yml", """
    galaxy:
      database_connection: "postgresql:///galaxy?host=/var/run/postgresql"
      id_secret: @@v@@
      check_migrate_databases: true
      watch_tools: polling
      enable_quotas: true
      new_user_dataset_access_role_default_private: true
      smtp_server: smtp.lab.example.org:587
      email_from: "Galaxy <galaxy-noreply@lab.example.org>"
      object_store_store_by: uuid
      cleanup_job: onsuccess
    """, rand_pw(48), GX_DOCS + "galaxy_options.html#id-secret")

_pw = words_pw()
SV("galaxy-yml", "smtp-password", "ansible/files/galaxy/galaxy.yml", """
    galaxy:
      brand: "UseGalaxy @ Institute"
      admin_users: helpdesk@institute.example.ac.uk
      smtp_server: mail.institute.example.ac.uk:587
      smtp_username: galaxy-notify
      smtp_password: "@@v@@"
      smtp_ssl: false
      email_from: galaxy-notify@institute.example.ac.uk
      error_email_to: galaxy-errors@institute.example.ac.uk
      activation_email: true
      user_activation_on: true
    """, _pw, GX_DOCS + "galaxy_options.html#smtp-password")

_pw = url_pw()
SV("galaxy-job-conf", "amqp-password", "config/job_conf.yml", """
    runners:
      local:
        load: galaxy.jobs.runners.local:LocalJobRunner
        workers: 4
      slurm:
        load: galaxy.jobs.runners.slurm:SlurmJobRunner
      pulsar_eu:
        load: galaxy.jobs.runners.pulsar:PulsarMQJobRunner
        amqp_url: "pyamqp://galaxy_pulsar:@@v@@@mq.lab.example.org:5671//pulsar/galaxy?ssl=1"
        amqp_acknowledge: true
        amqp_ack_republish_time: 1200
        galaxy_url: https://galaxy.lab.example.org

    execution:
      default: slurm
      environments:
        local:
          runner: local
        slurm:
          runner: slurm
          native_specification: "--nodes=1 --ntasks=1 --time=24:00:00"
        pulsar_remote:
          runner: pulsar_eu
          jobs_directory: /data/share/staging
          default_file_action: remote_transfer
          dependency_resolution: remote

    tools:
      - id: upload1
        environment: local
    """, _pw, GX_DOCS + "jobs.html")

_tok = rand_pw(32)
SV("galaxy-job-conf", "pulsar-token", "config/job_conf.xml", """
    <?xml version="1.0"?>
    <job_conf>
        <plugins workers="4">
            <plugin id="slurm" type="runner" load="galaxy.jobs.runners.slurm:SlurmJobRunner"/>
            <plugin id="pulsar_rest" type="runner" load="galaxy.jobs.runners.pulsar:PulsarRESTJobRunner"/>
        </plugins>
        <destinations default="slurm_default">
            <destination id="slurm_default" runner="slurm">
                <param id="nativeSpecification">--nodes=1 --ntasks=4 --mem=16G</param>
            </destination>
            <destination id="gpu_node" runner="pulsar_rest">
                <param id="url">https://gpu01.lab.example.org:8913/</param>
                <param id="private_token">@@v@@</param>
                <param id="dependency_resolution">remote</param>
            </destination>
        </destinations>
        <tools>
            <tool id="alphafold" destination="gpu_node"/>
        </tools>
    </job_conf>
    """, _tok, "https://github.com/galaxyproject/galaxy/blob/dev/lib/galaxy/config/sample/job_conf.sample.yml")

SV("pulsar-app-yml", "pulsar-token", "pulsar/config/app.yml", """
    ---
    staging_directory: /mnt/pulsar/files/staging
    persistence_directory: /mnt/pulsar/files/persisted_data
    tool_dependency_dir: /mnt/pulsar/deps
    private_token: @@v@@
    managers:
      _default_:
        type: queued_python
        num_concurrent_jobs: 8
    dependency_resolution:
      resolvers:
        - type: conda
          auto_init: true
          auto_install: true
    """, rand_pw(40), "https://pulsar.readthedocs.io/en/latest/configure.html")

SV("bioblend-python", "galaxy-api-key", "scripts/upload_runs.py", """
    #!/usr/bin/env python3
    \"\"\"Push a finished sequencing run into a Galaxy history and start the QC workflow.\"\"\"
    import argparse
    import pathlib

    from bioblend.galaxy import GalaxyInstance

    GALAXY_URL = "https://galaxy.lab.example.org"
    GALAXY_KEY = "@@v@@"
    QC_WORKFLOW = "f2db41e1fa331b3e"


    def main() -> None:
        parser = argparse.ArgumentParser()
        parser.add_argument("run_dir", type=pathlib.Path)
        args = parser.parse_args()
        gi = GalaxyInstance(url=GALAXY_URL, key=GALAXY_KEY)
        history = gi.histories.create_history(name=args.run_dir.name)
        for fq in sorted(args.run_dir.glob("*.fastq.gz")):
            gi.tools.upload_file(str(fq), history["id"], file_type="fastqsanger.gz")
        gi.workflows.invoke_workflow(QC_WORKFLOW, history_id=history["id"])


    if __name__ == "__main__":
        main()
    """, hexs(32), "https://bioblend.readthedocs.io/en/latest/api_docs/galaxy/docs.html")

SV("helm-values", "galaxy-admin-key", "deploy/galaxy/values-prod.yaml", """
    # helm upgrade --install galaxy galaxyproject/galaxy -f deploy/galaxy/values-prod.yaml
    persistence:
      size: 2Ti
      storageClass: cephfs
    ingress:
      enabled: true
      hosts:
        - host: galaxy.k8s.lab.example.org
          paths:
            - path: /
    configs:
      galaxy.yml:
        galaxy:
          brand: "Lab Galaxy"
          admin_users: admin@lab.example.org
          bootstrap_admin_api_key: @@v@@
          require_login: true
          enable_oidc: true
    postgresql:
      deploy: true
      existingSecret: galaxy-galaxy-postgres-secret
    """, hexs(32), "https://github.com/galaxyproject/galaxy-helm")

DV("galaxy-yml", "ansible-template", "templates/galaxy/config/galaxy.yml.j2", """
    galaxy:
      brand: "{{ galaxy_brand }}"
      admin_users: "{{ galaxy_admin_users | join(',') }}"
      database_connection: "postgresql://{{ galaxy_db_user }}:{{ vault_galaxy_db_password }}@{{ galaxy_db_host }}/galaxy"
      id_secret: "{{ vault_id_secret }}"
      smtp_password: "{{ vault_smtp_password }}"
      file_path: "{{ galaxy_mutable_data_dir }}/datasets"
      job_config_file: "{{ galaxy_config_dir }}/job_conf.yml"
      tool_data_path: "{{ galaxy_mutable_data_dir }}/tool-data"
    """, "https://training.galaxyproject.org/training-material/topics/admin/tutorials/ansible-galaxy/tutorial.html")

D("galaxy-vault", "ansible-vault", "group_vars/galaxyservers/vault.yml", vault_blob(9) + "\n",
  "https://docs.ansible.com/ansible/latest/vault_guide/vault_encrypting_content.html")

DV("galaxy-yml", "commented-defaults", "config/galaxy.yml.sample", """
    galaxy:

      # By default, Galaxy uses a SQLite database at 'database/universe.sqlite'.
      # You may use a SQLAlchemy connection string to specify an external
      # database instead.
      #database_connection: sqlite:///./database/universe.sqlite?isolation_level=IMMEDIATE

      # Galaxy encodes various internal values when these values will be
      # output in some format (for example, in a URL or cookie). You should
      # set a key to be used by the algorithm that encodes and decodes these
      # values. It can be any string with a length between 5 and 56 bytes.
      # One simple way to generate a value for this is with the shell command:
      #   python -c 'from __future__ import print_function; import time; print(time.time())' | md5sum | cut -f 1 -d ' '
      #id_secret: USING THE DEFAULT IS NOT SECURE!

      # SMTP password for the mail server
      #smtp_password: null
    """, GX_DOCS + "galaxy_options.html")

_u = [("alice.ng@lab.example.org", "alice"), ("rpatel@lab.example.org", "rpatel"), ("qc-bot@lab.example.org", "qcbot")]
DV("galaxy-users", "pbkdf2-hash", "scripts/bootstrap/users.yml", """
    # exported with scripts/export_users.py; hashes only, Galaxy verifies logins against them
    users:
      - email: @@e1@@
        username: @@n1@@
        password: "@@h1@@"
        active: true
      - email: @@e2@@
        username: @@n2@@
        password: "@@h2@@"
        active: true
      - email: @@e3@@
        username: @@n3@@
        password: "@@h3@@"
        active: false
    """, "https://github.com/galaxyproject/galaxy/blob/dev/lib/galaxy/security/passwords.py",
   e1=_u[0][0], n1=_u[0][1], h1=galaxy_pbkdf2(), e2=_u[1][0], n2=_u[1][1], h2=galaxy_pbkdf2(),
   e3=_u[2][0], n3=_u[2][1], h3=galaxy_pbkdf2())

DV("bioblend-python", "env-ref-encoded-ids", "scripts/run_workflow.py", """
    import os

    from bioblend.galaxy import GalaxyInstance

    gi = GalaxyInstance(os.environ["GALAXY_URL"], key=os.environ["GALAXY_API_KEY"])

    # encoded Galaxy ids (not secrets: they appear in every share link)
    WORKFLOW_ID = "@@w@@"
    REFERENCE_LIBRARY = "@@l@@"
    HISTORY_ID = "@@h@@"

    inputs = {"0": {"src": "ld", "id": "@@d@@"}}
    invocation = gi.workflows.invoke_workflow(WORKFLOW_ID, inputs=inputs, history_id=HISTORY_ID)
    print(invocation["id"], invocation["state"])
    """, "https://bioblend.readthedocs.io/en/latest/api_docs/galaxy/all.html",
   w=hexs(16), l=hexs(16), h=hexs(16), d=hexs(16))

DV("galaxy-loc", "index-paths", "tool-data/bwa_mem_index.loc", """
    #This is a sample file distributed with Galaxy that enables tools
    #to use a directory of BWA indexed sequences data files.
    #<unique_build_id>	<dbkey>	<display_name>	<file_path>
    hg38	hg38	Human (Homo sapiens): hg38	/data/galaxy/refs/hg38/bwa_mem_index/hg38.fa
    mm39	mm39	Mouse (Mus musculus): mm39	/data/galaxy/refs/mm39/bwa_mem_index/mm39.fa
    dm6	dm6	Fruit fly (Drosophila melanogaster): dm6	/data/galaxy/refs/dm6/bwa_mem_index/dm6.fa
    """, "https://github.com/galaxyproject/tools-iuc/blob/main/tools/bwa/tool-data/bwa_mem_index.loc.sample")

_pw = words_pw()
SV("galaxy-auth-conf", "ldap-password", "config/auth_conf.xml", """
    <?xml version="1.0"?>
    <auth>
        <authenticator>
            <type>ldap</type>
            <filter>'{email}'.endswith('@lab.example.org')</filter>
            <options>
                <allow-register>False</allow-register>
                <auto-register>True</auto-register>
                <server>ldaps://ldap.lab.example.org</server>
                <search-base>ou=people,dc=lab,dc=example,dc=org</search-base>
                <search-filter>(mail={email})</search-filter>
                <search-user>cn=galaxy-bind,ou=services,dc=lab,dc=example,dc=org</search-user>
                <search-password>@@v@@</search-password>
                <search-fields>uid,mail</search-fields>
                <bind-user>{dn}</bind-user>
                <bind-password>{password}</bind-password>
            </options>
        </authenticator>
    </auth>
    """, _pw, GX_DOCS + "authentication.html")


# ================================================================ CWL, WDL, Cromwell, Terra
DV("cwl-job", "sha1-checksum", "jobs/align_sample01.job.yml", """
    reads_1:
      class: File
      location: file:///data/raw/S01_R1.fastq.gz
      checksum: sha1$@@a@@
      size: 2194810442
    reads_2:
      class: File
      location: file:///data/raw/S01_R2.fastq.gz
      checksum: sha1$@@b@@
      size: 2231998120
    reference:
      class: File
      location: https://storage.googleapis.com/gcp-public-data--broad-references/hg38/v0/Homo_sapiens_assembly38.fasta
      secondaryFiles:
        - class: File
          location: https://storage.googleapis.com/gcp-public-data--broad-references/hg38/v0/Homo_sapiens_assembly38.fasta.fai
    read_group: "@RG\\\\tID:S01.L001\\\\tSM:S01\\\\tPL:ILLUMINA\\\\tPU:HJK2LDSXY.1.@@bc@@"
    threads: 16
    """, "https://www.commonwl.org/v1.2/CommandLineTool.html#File", a=hexs(40), b=hexs(40), bc=dna(8) + "+" + dna(8))

DV("cwl-tool", "input-expression", "tools/efetch.cwl", """
    cwlVersion: v1.2
    class: CommandLineTool
    baseCommand: [efetch, -db, nuccore, -format, fasta]
    requirements:
      DockerRequirement:
        dockerPull: ncbi/edirect@sha256:@@d@@
      EnvVarRequirement:
        envDef:
          NCBI_API_KEY: $(inputs.ncbi_api_key)
          EMAIL: $(inputs.email)
    inputs:
      accession:
        type: string
        inputBinding:
          prefix: -id
      ncbi_api_key:
        type: string?
      email:
        type: string
    outputs:
      sequence:
        type: stdout
    stdout: $(inputs.accession).fasta
    """, "https://www.commonwl.org/v1.2/CommandLineTool.html#EnvVarRequirement", d=hexs(64))

SV("cwl-job", "ncbi-api-key", "jobs/fetch_refs.job.yml", """
    # cwltool tools/efetch.cwl jobs/fetch_refs.job.yml
    accession: NC_045512.2
    email: virology-bioinf@lab.example.org
    ncbi_api_key: @@v@@
    # added 2024-03 after hitting the 3 req/s limit
    # TODO(rk): move to a secrets file
    """, ncbi_key(),
   "https://www.ncbi.nlm.nih.gov/books/NBK25497/#chapter2.Usage_Guidelines_and_Requiremen")

DV("wdl-inputs", "gs-paths-md5", "inputs/wgs_germline.inputs.json", """
    {
      "WholeGenomeGermlineSingleSample.sample_and_unmapped_bams": {
        "sample_name": "NA12878",
        "base_file_name": "NA12878_PLUMBING",
        "flowcell_unmapped_bams": [
          "gs://broad-public-datasets/NA12878_downsampled_for_testing/unmapped/H06HDADXX130110.1.ATCACGAT.20k_reads.bam",
          "gs://broad-public-datasets/NA12878_downsampled_for_testing/unmapped/H06HDADXX130110.2.ATCACGAT.20k_reads.bam"
        ],
        "final_gvcf_base_name": "NA12878_PLUMBING",
        "unmapped_bam_suffix": ".bam"
      },
      "WholeGenomeGermlineSingleSample.references": {
        "reference_fasta": {
          "ref_fasta": "gs://gcp-public-data--broad-references/hg38/v0/Homo_sapiens_assembly38.fasta",
          "ref_fasta_md5": "@@m@@"
        }
      },
      "WholeGenomeGermlineSingleSample.docker": "us.gcr.io/broad-gotc-prod/gatk@sha256:@@d@@"
    }
    """, "https://github.com/broadinstitute/warp", m=hexs(32), d=hexs(64))

_pw = words_pw()
SV("cromwell-conf", "database-password", "cromwell/cromwell.conf", """
    include required(classpath("application"))

    backend {
      default = "SLURM"
      providers {
        SLURM {
          actor-factory = "cromwell.backend.impl.sfs.config.ConfigBackendLifecycleActorFactory"
          config {
            concurrent-job-limit = 200
            runtime-attributes = \"\"\"
            Int runtime_minutes = 600
            Int cpus = 2
            Int requested_memory_mb_per_core = 8000
            String queue = "normal"
            \"\"\"
            submit = "sbatch -J ${job_name} -D ${cwd} -o ${out} -e ${err} -t ${runtime_minutes} -p ${queue} -c ${cpus} --wrap '/bin/bash ${script}'"
            kill = "scancel ${job_id}"
            check-alive = "squeue -j ${job_id}"
            job-id-regex = "Submitted batch job (\\\\d+).*"
          }
        }
      }
    }

    database {
      profile = "slick.jdbc.MySQLProfile$"
      db {
        driver = "com.mysql.cj.jdbc.Driver"
        url = "jdbc:mysql://mysql.hpc.lab.example.edu/cromwell?rewriteBatchedStatements=true"
        user = "cromwell"
        password = "@@v@@"
        connectionTimeout = 5000
      }
    }
    """, _pw, "https://cromwell.readthedocs.io/en/stable/Configuring/#database")

_lines = pkcs8_lines()
_inner = json.dumps({
    "type": "service_account", "project_id": "lab-genomics-prod", "private_key_id": hexs(40),
    "private_key": "-----BEGIN PRIVATE KEY-----\n" + "\n".join(_lines) + "\n-----END PRIVATE KEY-----\n",
    "client_email": "cromwell-runner@lab-genomics-prod.iam.gserviceaccount.com",
    "client_id": "1" + fakes.drawn(_seed(), 20, string.digits), "token_uri": "https://oauth2.googleapis.com/token"})
SV("cromwell-options", "gcp-service-account", "options/terra_sa_options.json", """
    {
      "jes_gcs_root": "gs://fc-secure-7a1b9e2c/cromwell-executions",
      "final_workflow_outputs_dir": "gs://fc-secure-7a1b9e2c/outputs",
      "use_relative_output_paths": true,
      "read_from_cache": true,
      "write_to_cache": true,
      "google_project": "lab-genomics-prod",
      "user_service_account_json": @@sa@@,
      "default_runtime_attributes": {
        "zones": "us-central1-a us-central1-b",
        "preemptible": 2
      }
    }
    """, _lines[1], "https://cromwell.readthedocs.io/en/stable/wf_options/Google/", sa=json.dumps(_inner))

DV("cromwell-options", "sa-email", "options/gcp_options.json", """
    {
      "jes_gcs_root": "gs://lab-cromwell-exec/runs",
      "google_project": "lab-genomics-prod",
      "google_compute_service_account": "pipelines-worker@lab-genomics-prod.iam.gserviceaccount.com",
      "monitoring_image": "us.gcr.io/broad-dsde-methods/cromwell-monitor@sha256:@@d@@",
      "default_runtime_attributes": {
        "zones": "us-central1-a us-central1-c",
        "noAddress": true
      },
      "workflow_failure_mode": "ContinueWhilePossible"
    }
    """, "https://cromwell.readthedocs.io/en/stable/wf_options/Google/", d=hexs(64))

SV("wdl", "labkey-api-key", "workflows/push_qc_to_labkey.wdl", """
    version 1.0

    workflow PushQc {
      input {
        File qc_table
        String labkey_server = "https://labkey.lab.example.org"
        String container_path = "Genomics/Sequencing QC"
        String labkey_apikey = "@@v@@"
      }
      call Upload { input: qc_table = qc_table, server = labkey_server, container = container_path, apikey = labkey_apikey }
    }

    task Upload {
      input {
        File qc_table
        String server
        String container
        String apikey
      }
      command <<<
        python3 /opt/scripts/labkey_import.py --server ~{server} --container "~{container}" --apikey "~{apikey}" ~{qc_table}
      >>>
      runtime {
        docker: "ghcr.io/lab/labkey-tools:1.4.0"
        memory: "2 GB"
      }
    }
    """, labkey_key(), "https://github.com/openwdl/wdl/blob/main/versions/1.0/SPEC.md")

_lines = pkcs8_lines()
_sa = {"type": "service_account", "project_id": "terra-5c0ffee1", "private_key_id": hexs(40),
       "private_key": "@@KEY@@", "client_email": "pet-1127364538@terra-5c0ffee1.iam.gserviceaccount.com",
       "client_id": "1" + fakes.drawn(_seed(), 20, string.digits),
       "auth_uri": "https://accounts.google.com/o/oauth2/auth", "token_uri": "https://oauth2.googleapis.com/token",
       "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
       "client_x509_cert_url": "https://www.googleapis.com/robot/v1/metadata/x509/pet-1127364538%40terra-5c0ffee1.iam.gserviceaccount.com",
       "universe_domain": "googleapis.com"}
S("gcp-sa-json", "gcp-service-account", "terra/credentials/pet-sa-key.json",
  json.dumps(_sa, indent=2).replace("@@KEY@@", escaped_key(_lines)) + "\n", _lines[3],
  "https://cloud.google.com/iam/docs/keys-create-delete")

DV("gcp-sa-json", "placeholder-key", "credentials/service_account.example.json", """
    {
      "type": "service_account",
      "project_id": "your-gcp-project",
      "private_key_id": "REPLACE_WITH_KEY_ID",
      "private_key": "-----BEGIN PRIVATE KEY-----\\nREPLACE_ME\\n-----END PRIVATE KEY-----\\n",
      "client_email": "pipeline-runner@your-gcp-project.iam.gserviceaccount.com",
      "client_id": "000000000000000000000",
      "token_uri": "https://oauth2.googleapis.com/token"
    }
    """, "https://cloud.google.com/iam/docs/keys-create-delete")

_h = [hexs(32) for _ in range(4)]
D("ipynb", "bucket-hashes", "notebooks/01_inventory_workspace_bucket.ipynb", nb([
    {"src": "import os\nbucket = os.environ['WORKSPACE_BUCKET']\n!gsutil hash -h -m {bucket}/crams/NA1287[0-2].cram",
     "out": "\n".join(f"Hashes [hex] for NA1287{i}.cram:  md5 {_h[i]}" for i in range(3))},
    {"src": "import pandas as pd\nsamples = pd.read_csv('sample.tsv', sep='\\t')\nsamples[['entity:sample_id', 'cram_md5']].head(3)",
     "result": "\n".join(f"{i}  NA1287{i}  {_h[i]}" for i in range(3))},
]), "https://support.terra.bio/hc/en-us/articles/360027237871")

_a, _s = gcs_hmac()
S("ipynb", "gcs-hmac-secret", "notebooks/03_copy_to_partner_bucket.ipynb", nb([
    {"md": True, "src": "## Copy the joint-called VCFs to the partner's GCS bucket\nUses the S3-compatible XML API with an HMAC key (boto3)."},
    {"src": "import boto3\n\ns3 = boto3.client(\n    's3',\n    region_name='auto',\n    endpoint_url='https://storage.googleapis.com',\n"
            f"    aws_access_key_id='{_a}',\n    aws_secret_access_key='{_s}',\n)"},
    {"src": "for key in ['cohort.joint.vcf.gz', 'cohort.joint.vcf.gz.tbi']:\n    s3.upload_file(f'results/{key}', 'partner-drop-2024', f'lab_upload/{key}')\n    print('uploaded', key)",
     "out": "uploaded cohort.joint.vcf.gz\nuploaded cohort.joint.vcf.gz.tbi"},
]), _s, "https://cloud.google.com/storage/docs/interoperability")


# ================================================================ NCBI, Ensembl, UniProt
ENTREZ = "https://biopython.org/docs/latest/api/Bio.Entrez.html"

SV("entrez-python", "ncbi-api-key", "scripts/fetch_genbank.py", """
    \"\"\"Download GenBank records for the accessions listed in a text file.\"\"\"
    import sys
    import time

    from Bio import Entrez, SeqIO

    Entrez.email = "h.yamada@lab.example.org"
    Entrez.api_key = "@@v@@"
    Entrez.tool = "lab-genbank-fetch"


    def fetch(accessions, batch=200):
        for start in range(0, len(accessions), batch):
            ids = ",".join(accessions[start:start + batch])
            with Entrez.efetch(db="nuccore", id=ids, rettype="gb", retmode="text") as handle:
                yield from SeqIO.parse(handle, "genbank")
            time.sleep(0.1)


    if __name__ == "__main__":
        accs = [line.strip() for line in open(sys.argv[1]) if line.strip()]
        SeqIO.write(fetch(accs), sys.argv[2], "genbank")
    """, ncbi_key(), ENTREZ)

_key = ncbi_key()
S("ipynb", "ncbi-api-key", "notebooks/phylogeny_sarbecovirus.ipynb", nb([
    {"src": f"%env NCBI_API_KEY={_key}\n%env ENTREZ_EMAIL=virology-lab@lab.example.org",
     "out": f"env: NCBI_API_KEY={_key}\nenv: ENTREZ_EMAIL=virology-lab@lab.example.org"},
    {"src": "from Bio import Entrez\nimport os\nEntrez.email = os.environ['ENTREZ_EMAIL']\nEntrez.api_key = os.environ['NCBI_API_KEY']\n"
            "handle = Entrez.esearch(db='nuccore', term='Sarbecovirus[Organism] AND complete genome[Title]', retmax=500)\n"
            "ids = Entrez.read(handle)['IdList']\nlen(ids)", "result": "500"},
]), _key, "https://ipython.readthedocs.io/en/stable/interactive/magics.html#magic-env")

SV("edirect-shell", "ncbi-api-key", "bin/fetch_assemblies.sh", """
    #!/usr/bin/env bash
    # Fetch the RefSeq assemblies of the strains in config/strains.txt
    set -euo pipefail

    export NCBI_API_KEY=@@v@@
    OUT=${1:-resources/assemblies}
    mkdir -p "$OUT"

    while read -r acc; do
        [[ -z "$acc" || "$acc" == \\#* ]] && continue
        datasets download genome accession "$acc" --include genome,gff3 \\
            --api-key "$NCBI_API_KEY" --filename "$OUT/$acc.zip"
        unzip -oq "$OUT/$acc.zip" -d "$OUT/$acc"
    done < config/strains.txt

    esearch -db assembly -query "Klebsiella pneumoniae[Organism] AND latest_refseq[filter]" | esummary \\
        | xtract -pattern DocumentSummary -element AssemblyAccession > "$OUT/all_refseq.txt"
    """, ncbi_key(), "https://www.ncbi.nlm.nih.gov/datasets/docs/v2/reference-docs/command-line/datasets/download/genome/")

DV("entrez-python", "placeholder", "docs/examples/entrez_quickstart.py", """
    # Quick start for new lab members: copy this file, then put YOUR key in it
    # (NCBI account -> Account settings -> API Key Management).
    from Bio import Entrez

    Entrez.email = "your.name@lab.example.org"
    Entrez.api_key = "YOUR_NCBI_API_KEY"

    handle = Entrez.esearch(db="pubmed", term="CRISPR screen AND organoid", retmax=20)
    record = Entrez.read(handle)
    print(record["Count"], record["IdList"][:5])
    """, ENTREZ)

DV("ensembl-python", "stable-ids", "scripts/ensembl_lookup.py", """
    \"\"\"Map gene symbols to Ensembl stable IDs and canonical transcripts via the REST API.\"\"\"
    import requests

    SERVER = "https://rest.ensembl.org"
    HEADERS = {"Content-Type": "application/json", "Accept": "application/json"}

    GENES = {
        "BRCA2": "ENSG00000139618",
        "TP53": "ENSG00000141510",
        "EGFR": "ENSG00000146648",
        "KRAS": "ENSG00000133703",
    }


    def canonical(gene_id: str) -> str:
        r = requests.get(f"{SERVER}/lookup/id/{gene_id}?expand=1", headers=HEADERS, timeout=30)
        r.raise_for_status()
        return r.json()["canonical_transcript"]   # e.g. ENST00000380152.8


    def batch(symbols):
        r = requests.post(f"{SERVER}/lookup/symbol/homo_sapiens", headers=HEADERS,
                          json={"symbols": list(symbols)}, timeout=60)
        return {k: v["id"] for k, v in r.json().items()}


    if __name__ == "__main__":
        for symbol, gene_id in GENES.items():
            print(symbol, gene_id, canonical(gene_id))
    """, "https://rest.ensembl.org/documentation/info/lookup")

DV("uniprot-python", "sequence-crc64", "scripts/uniprot_fetch.py", """
    import io

    import requests
    from Bio import SeqIO

    # UniProtKB entry P04637 (P53_HUMAN); checksum as printed in the SQ line of the flat file
    ACCESSION = "P04637"
    EXPECTED_CRC64 = "@@crc@@"
    EXPECTED_MD5 = "@@md5@@"
    FRAGMENT = "@@seq@@"

    url = f"https://rest.uniprot.org/uniprotkb/{ACCESSION}.fasta"
    record = SeqIO.read(io.StringIO(requests.get(url, timeout=30).text), "fasta")
    print(record.id, len(record.seq), FRAGMENT in str(record.seq))
    """, "https://rest.uniprot.org/docs/", crc=hexs(16).upper(), md5=hexs(32), seq=protein(60))

_up = {"primaryAccession": "Q9Y6K9", "uniProtkbId": "NEMO_HUMAN", "entryType": "UniProtKB reviewed (Swiss-Prot)",
       "organism": {"scientificName": "Homo sapiens", "taxonId": 9606},
       "sequence": {"value": protein(120), "length": 120, "molWeight": 13764, "crc64": hexs(16).upper(), "md5": hexs(32).upper()},
       "uniParcId": "UPI00000" + fakes.drawn(_seed(), 8, "0123456789ABCDEF")}
D("uniprot-json", "sequence-checksums", "tests/data/uniprot_Q9Y6K9.json", json.dumps(_up, indent=2) + "\n",
  "https://rest.uniprot.org/uniprotkb/P04637.json")

_asm = ["#assembly_accession\ttaxid\torganism_name\tasm_name\tgenomic_fna_md5"]
for _i in range(7):
    _asm.append(f"GCF_0{fakes.drawn(_seed(), 8, string.digits)}.{1 + _i % 3}\t{573 + _i}\tKlebsiella pneumoniae strain KP{100 + _i}\t"
                f"ASM{fakes.drawn(_seed(), 6, string.digits)}v1\t{hexs(32)}")
D("ncbi-tsv", "accessions-md5", "config/assemblies.tsv", "\n".join(_asm) + "\n",
  "https://ftp.ncbi.nlm.nih.gov/genomes/ASSEMBLY_REPORTS/README_assembly_summary.txt")


# ================================================================ Benchling, LabKey, OpenSpecimen, LIMS apps
BENCHLING = "https://docs.benchling.com/docs/authentication"

SV("benchling-python", "benchling-api-key", "integrations/benchling_sync.py", """
    \"\"\"Nightly sync of plasmid registrations from Benchling into the freezer inventory.\"\"\"
    from datetime import datetime, timedelta, timezone

    from benchling_sdk.auth.api_key_auth import ApiKeyAuth
    from benchling_sdk.benchling import Benchling

    from inventory.db import upsert_plasmid

    TENANT = "https://labexample.benchling.com"
    PLASMID_SCHEMA = "ts_pLsm1d7Q"

    benchling = Benchling(url=TENANT, auth_method=ApiKeyAuth("@@v@@"))


    def sync(since_hours: int = 26) -> int:
        since = datetime.now(timezone.utc) - timedelta(hours=since_hours)
        count = 0
        for page in benchling.dna_sequences.list(schema_id=PLASMID_SCHEMA, modified_at=f"> {since.isoformat()}"):
            for seq in page:
                upsert_plasmid(seq.entity_registry_id, seq.name, seq.length, seq.bases)
                count += 1
        return count
    """, benchling_key(), BENCHLING)

SV("dotenv", "benchling-client-secret", "apps/benchling-app/.env", """
    # Benchling App "Sample Intake" (client credentials flow)
    BENCHLING_TENANT_URL=https://labexample.benchling.com
    BENCHLING_APP_DEFINITION_ID=appdef_Hx41sPq2
    BENCHLING_CLIENT_ID=@@cid@@
    BENCHLING_CLIENT_SECRET=@@v@@
    WEBHOOK_PORT=8000
    LOG_LEVEL=info
    """, rand_pw(43, "-_"), BENCHLING, cid=uuid_s())

DV("benchling-python", "entity-ids", "integrations/benchling_ids.py", """
    \"\"\"Registry and schema identifiers of the lab's Benchling tenant (safe to commit: IDs, not keys).\"\"\"
    import os

    from benchling_sdk.auth.api_key_auth import ApiKeyAuth
    from benchling_sdk.benchling import Benchling

    SCHEMAS = {
        "plasmid": "ts_pLsm1d7Q",
        "cell_line": "ts_C3llL1n9",
        "antibody": "ts_Ab8xWq2m",
    }
    REGISTRY_ID = "src_Kq7dY1sA"
    PROJECT_FOLDER = "lib_Q3xS7d1K"
    CONTROL_SEQUENCES = ["seq_hJ3kLm9Q", "seq_Z8vP2tNa", "seq_4RfGyU1c"]
    BOX_SCHEMA = "boxsch_T6nM3bVe"

    benchling = Benchling(url=os.environ["BENCHLING_TENANT_URL"],
                          auth_method=ApiKeyAuth(os.environ["BENCHLING_API_KEY"]))
    """, "https://docs.benchling.com/reference/listdnasequences")

_pw = words_pw()
SV("netrc", "password", ".netrc", """
    machine labkey.lab.example.org
    login j.okafor@lab.example.org
    password @@v@@

    machine ftp.ncbi.nlm.nih.gov
    login anonymous
    password j.okafor@lab.example.org
    """, _pw, "https://www.labkey.org/Documentation/wiki-page.view?name=netrc")

SV("labkey-python", "labkey-api-key", "scripts/labkey_export_qc.py", """
    from labkey.api_wrapper import APIWrapper
    from labkey.query import QueryFilter

    api = APIWrapper(
        "labkey.lab.example.org",
        "Genomics/Sequencing QC",
        use_ssl=True,
        api_key="@@v@@",
    )

    result = api.query.select_rows(
        schema_name="lists",
        query_name="LibraryQC",
        filter_array=[QueryFilter("RunDate", "2024-01-01", QueryFilter.Types.DATE_GREATER_THAN_OR_EQUAL)],
        max_rows=5000,
    )
    rows = result["rows"]
    print(f"{len(rows)} libraries")
    """, labkey_key(), "https://github.com/LabKey/labkey-api-python")

DV("labkey-python", "container-guids", "scripts/labkey_containers.py", """
    # LabKey container entity ids and LSIDs: identifiers, not credentials.
    # Authentication comes from ~/.netrc (machine labkey.lab.example.org).
    from labkey.api_wrapper import APIWrapper

    CONTAINERS = {
        "Genomics/Sequencing QC": "@@g1@@",
        "Genomics/Biobank": "@@g2@@",
    }
    ASSAY_LSID = "urn:lsid:labkey.com:GeneralAssayProtocol.Folder-34:NanodropQC"
    RUN_LSID = "urn:lsid:labkey.com:Run.Folder-34:@@g3@@"

    api = APIWrapper("labkey.lab.example.org", "Genomics/Biobank", use_ssl=True)
    batch = api.experiment.load_batch(assay_id=118, batch_id=4021)
    print(batch.lsid, batch.name)
    """, "https://www.labkey.org/Documentation/wiki-page.view?name=netrc", g1=uuid_s(), g2=uuid_s(), g3=uuid_s())

_pw = lab_pw()
SV("openspecimen-python", "password", "lims/openspecimen_client.py", """
    import requests

    OS_URL = "https://biobank.hospital.example.org/openspecimen/rest/ng"


    class OpenSpecimen:
        def __init__(self, login="svc_seq_pipeline", password="@@v@@", domain="openspecimen"):
            self.session = requests.Session()
            resp = self.session.post(f"{OS_URL}/sessions",
                                     json={"loginName": login, "password": password, "domainName": domain},
                                     timeout=30)
            resp.raise_for_status()
            self.session.headers["X-OS-API-TOKEN"] = resp.json()["token"]

        def specimen(self, label: str) -> dict:
            r = self.session.get(f"{OS_URL}/specimens", params={"label": label}, timeout=30)
            r.raise_for_status()
            return r.json()[0]

        def add_event(self, specimen_id: int, event: str, **fields) -> None:
            self.session.post(f"{OS_URL}/specimen-events", json={"specimenId": specimen_id, "name": event, **fields})
    """, _pw, "https://openspecimen.atlassian.net/wiki/spaces/CAT/pages/1116035/REST+APIs")

_pw = words_pw()
SV("tomcat-context", "database-password", "openspecimen/tomcat/conf/context.xml", """
    <?xml version="1.0" encoding="UTF-8"?>
    <Context>
        <WatchedResource>WEB-INF/web.xml</WatchedResource>
        <Resource name="jdbc/openspecimen"
                  auth="Container"
                  type="javax.sql.DataSource"
                  maxTotal="100" maxIdle="30" maxWaitMillis="10000"
                  username="openspecimen"
                  password="@@v@@"
                  driverClassName="com.mysql.cj.jdbc.Driver"
                  url="jdbc:mysql://biobank-db.hospital.example.org:3306/openspecimen?useSSL=true"/>
        <Environment name="config/datasource" value="jdbc/openspecimen" type="java.lang.String"/>
        <Environment name="config/app.data_dir" value="/opt/openspecimen/data" type="java.lang.String"/>
    </Context>
    """, _pw, "https://tomcat.apache.org/tomcat-9.0-doc/jndi-datasource-examples-howto.html")

SV("django-settings", "django-secret-key", "lims/settings/production.py", """
    from .base import *  # noqa: F401,F403

    import os

    DEBUG = False
    ALLOWED_HOSTS = ["lims.lab.example.org"]

    SECRET_KEY = "@@v@@"

    DATABASES = {
        "default": {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": "lims",
            "USER": "lims_app",
            "PASSWORD": os.environ["LIMS_DB_PASSWORD"],
            "HOST": "pg-lims.lab.example.org",
            "PORT": "5432",
        }
    }

    SAMPLE_BARCODE_PREFIX = "LB"
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    """, fakes.django_secret_key(_seed()), "https://docs.djangoproject.com/en/5.0/ref/settings/#secret-key")

_fx = []
for _i, (_u, _e) in enumerate([("admin", "lims-admin@lab.example.org"), ("tech1", "a.romero@lab.example.org"),
                                ("tech2", "s.ito@lab.example.org")]):
    _fx.append({"model": "auth.user", "pk": _i + 1,
                "fields": {"username": _u, "email": _e, "password": django_pbkdf2(), "is_staff": _i == 0,
                           "is_superuser": _i == 0, "date_joined": f"2023-0{_i + 2}-14T09:12:00Z"}})
D("django-fixture", "pbkdf2-hash", "lims/fixtures/users.json", json.dumps(_fx, indent=2) + "\n",
  "https://docs.djangoproject.com/en/5.0/topics/auth/passwords/")

_pw = url_pw()
SV("flask-config", "database-url", "sampletracker/config.py", """
    import os


    class Config:
        SQLALCHEMY_TRACK_MODIFICATIONS = False
        BARCODE_PATTERN = r"^LB-\\d{4}-\\d{6}$"
        UPLOAD_FOLDER = "/srv/sampletracker/uploads"


    class ProductionConfig(Config):
        SQLALCHEMY_DATABASE_URI = "postgresql+psycopg2://tracker:@@v@@@pg01.lab.example.org:5432/sampletracker"
        SECRET_KEY = os.environ.get("FLASK_SECRET_KEY")


    class DevelopmentConfig(Config):
        SQLALCHEMY_DATABASE_URI = "sqlite:///dev.db"
        DEBUG = True
    """, _pw, "https://flask-sqlalchemy.palletsprojects.com/en/3.1.x/config/")

_pw = rand_pw(24)
SV("celery-config", "redis-password", "lims/celery.py", """
    import os

    from celery import Celery

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "lims.settings.production")

    app = Celery("lims")
    app.conf.broker_url = "redis://:@@v@@@redis.lab.example.org:6379/2"
    app.conf.result_backend = "django-db"
    app.conf.task_routes = {
        "lims.tasks.demultiplex_run": {"queue": "hpc"},
        "lims.tasks.send_delivery_email": {"queue": "default"},
    }
    app.autodiscover_tasks()
    """, _pw, "https://docs.celeryq.dev/en/stable/getting-started/backends-and-brokers/redis.html")

_pw = words_pw()
SV("cbioportal-properties", "database-password", "cbioportal/portal.properties", """
    # cBioPortal for the institutional cancer genomics cohort
    app.name=cbioportal-institute
    skin.title=Institute cBioPortal

    db.user=cbio_user
    db.password=@@v@@
    db.host=mysql-cbio.lab.example.org:3306
    db.portal_db_name=cbioportal
    db.driver=com.mysql.jdbc.Driver
    db.connection_string=jdbc:mysql://mysql-cbio.lab.example.org:3306/
    db.use_ssl=true

    authenticate=saml
    filter_groups_by_appname=true
    show.civic=true
    oncokb.public_api.url=https://public.api.oncokb.org/api/v1
    """, _pw, "https://docs.cbioportal.org/deployment/customization/portal.properties-reference/")


# ================================================================ REDCap
PYCAP = "https://redcap-tools.github.io/PyCap/"

SV("redcap-python", "redcap-token", "clinical/pull_redcap.py", """
    import pandas as pd
    from redcap import Project

    API_URL = "https://redcap.hospital.example.org/api/"
    API_TOKEN = "@@v@@"

    project = Project(API_URL, API_TOKEN)

    records = project.export_records(
        format_type="df",
        fields=["record_id", "sample_id", "diagnosis", "date_of_collection", "consent_genomic"],
        events=["baseline_arm_1"],
    )
    records = records[records["consent_genomic"] == 1]
    records.to_csv("data/clinical/redcap_baseline.csv")
    print(f"exported {len(records)} consented participants")
    """, redcap_token(), PYCAP)

SV("redcap-python", "redcap-token", "clinical/redcap_utils.py", """
    \"\"\"Helpers around the study's REDCap project.

    Example (this is how the weekly report is produced)::

        >>> from clinical.redcap_utils import connect, enrolled_since
        >>> proj = connect("https://redcap.hospital.example.org/api/", "@@v@@")
        >>> enrolled_since(proj, "2024-01-01").shape
        (212, 14)
    \"\"\"
    from redcap import Project


    def connect(url: str, token: str) -> Project:
        return Project(url, token)


    def enrolled_since(project: Project, date: str):
        df = project.export_records(format_type="df")
        return df[df["enrol_date"] >= date]
    """, redcap_token(), PYCAP)

SV("redcap-r", "redcap-token", "analysis/01_load_redcap.R", """
    library(REDCapR)
    library(dplyr)

    uri   <- "https://redcap.hospital.example.org/api/"
    token <- "@@v@@"

    ds <- redcap_read(redcap_uri = uri, token = token,
                      fields = c("record_id", "sample_id", "tumour_site", "stage", "tmb"))$data

    ds <- ds %>% filter(!is.na(sample_id)) %>% mutate(stage = factor(stage))
    saveRDS(ds, "data/clinical.rds")
    """, redcap_token(), "https://ouhscbbmc.github.io/REDCapR/")

SV("redcap-shell", "redcap-token", "bin/export_redcap_records.sh", """
    #!/bin/bash
    # Export the sample manifest instrument as CSV for the sequencing submission
    set -eu
    curl -sS -X POST https://redcap.hospital.example.org/api/ \\
        -d token=@@v@@ \\
        -d content=record \\
        -d format=csv \\
        -d type=flat \\
        -d 'forms[]=sample_manifest' \\
        -d rawOrLabel=raw \\
        -o "manifests/redcap_$(date +%F).csv"
    """, redcap_token(), "https://redcap.vumc.org/api/help/")

DV("redcap-python", "env-ref", "clinical/sync_consents.py", """
    import os

    from redcap import Project

    # Token is provided by the job scheduler from the vault path secret/redcap/study42
    project = Project(os.environ["REDCAP_API_URL"], os.environ["REDCAP_API_TOKEN"])
    consents = project.export_records(fields=["record_id", "consent_genomic", "consent_date"], format_type="df")
    consents.to_parquet("data/clinical/consents.parquet")
    """, PYCAP)

DV("redcap-config", "placeholder", "config/redcap.example.yml", """
    # Copy to config/redcap.yml (git-ignored) and paste your project token.
    redcap:
      api_url: https://redcap.hospital.example.org/api/
      token: XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX
      project_id: 1834
      instruments:
        - demographics
        - sample_manifest
        - genomic_results
    """, PYCAP)


# ================================================================ cloud genomics buckets
AWS_CREDS = "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html"

_k, _s = aws_pair()
SV("aws-credentials", "aws-secret-key", ".aws/credentials", """
    [default]
    region = us-east-1

    [genomics-core]
    aws_access_key_id = @@k@@
    aws_secret_access_key = @@v@@
    region = us-west-2

    [public-data]
    region = us-east-1
    """, _s, AWS_CREDS, k=_k)

_k, _s = aws_pair()
SV("boto3-python", "aws-secret-key", "scripts/upload_fastq.py", """
    \"\"\"Upload demultiplexed FASTQs of a run to the delivery bucket, one prefix per project.\"\"\"
    import pathlib
    import sys

    import boto3
    from boto3.s3.transfer import TransferConfig

    s3 = boto3.client(
        "s3",
        aws_access_key_id="@@k@@",
        aws_secret_access_key="@@v@@",
        region_name="eu-central-1",
    )
    CONFIG = TransferConfig(multipart_threshold=64 * 1024 ** 2, max_concurrency=16)

    run_dir = pathlib.Path(sys.argv[1])
    for fq in sorted(run_dir.glob("*/*.fastq.gz")):
        project = fq.parent.name
        key = f"deliveries/{project}/{run_dir.name}/{fq.name}"
        s3.upload_file(str(fq), "seqcore-delivery", key, Config=CONFIG,
                       ExtraArgs={"StorageClass": "STANDARD_IA"})
        print("uploaded", key)
    """, _s, "https://boto3.amazonaws.com/v1/documentation/api/latest/guide/credentials.html", k=_k)

SV("s3cfg", "s3-secret-key", ".s3cfg", """
    [default]
    access_key = @@k@@
    secret_key = @@v@@
    host_base = s3.ceph.hpc.lab.example.edu
    host_bucket = s3.ceph.hpc.lab.example.edu
    use_https = True
    check_ssl_certificate = True
    signature_v2 = False
    multipart_chunk_size_mb = 64
    """, rand_pw(40), "https://s3tools.org/kb/item14.htm", k=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

SV("rclone-conf", "s3-secret-key", "config/rclone.conf", """
    [archive]
    type = s3
    provider = Wasabi
    access_key_id = @@k@@
    secret_access_key = @@v@@
    endpoint = s3.eu-central-2.wasabisys.com
    acl = private

    [hpc]
    type = sftp
    host = transfer.hpc.lab.example.edu
    user = seqarchive
    key_file = ~/.ssh/id_ed25519_archive
    shell_type = unix
    """, rand_pw(40), "https://rclone.org/s3/#wasabi", k=fakes.drawn(_seed(), 20, string.ascii_uppercase + string.digits))

_pw = passphrase()
SV("minio-python", "s3-secret-key", "imaging/minio_store.py", """
    from minio import Minio

    # on-prem object store holding the raw microscopy plates
    client = Minio(
        "minio.imaging.lab.example.org:9000",
        access_key="omero-ingest",
        secret_key="@@v@@",
        secure=True,
    )

    def put_plate(plate_dir, bucket="raw-plates"):
        for tif in sorted(plate_dir.glob("*.ome.tif")):
            client.fput_object(bucket, f"{plate_dir.name}/{tif.name}", str(tif))
    """, _pw, "https://min.io/docs/minio/linux/developers/python/API.html")

_k = "ASIA" + fakes.drawn(_seed(), 16, string.ascii_uppercase + "234567")
_s = fakes.aws_secret_key(_seed())
_tok = fakes.aws_session_token(_seed())
S("ipynb", "aws-secret-key", "notebooks/debug_batch_permissions.ipynb", nb([
    {"src": "import boto3\nsts = boto3.client('sts')\ncreds = sts.assume_role(RoleArn='arn:aws:iam::318243176502:role/gc-batch-runner',\n"
            "                       RoleSessionName='debug-mh')['Credentials']\ncreds"},
    {"src": "creds", "result": "{'AccessKeyId': '" + _k + "',\n 'SecretAccessKey': '" + _s + "',\n 'SessionToken': '"
     + _tok + "',\n 'Expiration': datetime.datetime(2024, 5, 21, 16, 4, 11, tzinfo=tzutc())}"},
    {"src": "s3 = boto3.client('s3', aws_access_key_id=creds['AccessKeyId'],\n                  aws_secret_access_key=creds['SecretAccessKey'],\n"
            "                  aws_session_token=creds['SessionToken'])\ns3.list_objects_v2(Bucket='gc-nextflow-work', MaxKeys=3)['KeyCount']",
     "result": "3"},
]), _s, "https://boto3.amazonaws.com/v1/documentation/api/latest/reference/services/sts/client/assume_role.html")

_lines = pkcs8_lines()
_pem_py = "\\n".join(_lines)
SV("gcs-python", "gcp-service-account", "pipeline/gcs_upload.py", """
    from google.cloud import storage
    from google.oauth2 import service_account

    # TODO: load from file instead; pasted here for the demo on 12 March
    INFO = {
        "type": "service_account",
        "project_id": "lab-imaging-archive",
        "private_key_id": "@@kid@@",
        "private_key": "-----BEGIN PRIVATE KEY-----\\n@@pem@@\\n-----END PRIVATE KEY-----\\n",
        "client_email": "uploader@lab-imaging-archive.iam.gserviceaccount.com",
        "token_uri": "https://oauth2.googleapis.com/token",
    }

    creds = service_account.Credentials.from_service_account_info(INFO)
    client = storage.Client(project=INFO["project_id"], credentials=creds)
    bucket = client.bucket("lab-imaging-raw")
    """, _lines[2], "https://google-auth.readthedocs.io/en/latest/reference/google.oauth2.service_account.html",
   kid=hexs(40), pem=_pem_py)

SV("azure-python", "azure-storage-key", "scripts/archive_to_blob.py", """
    import pathlib
    import sys

    from azure.storage.blob import BlobServiceClient

    CONN = ("DefaultEndpointsProtocol=https;AccountName=labgenomicsarchive;"
            "AccountKey=@@v@@;EndpointSuffix=core.windows.net")

    service = BlobServiceClient.from_connection_string(CONN)
    container = service.get_container_client("cram-archive")

    for cram in pathlib.Path(sys.argv[1]).glob("*.cram*"):
        with open(cram, "rb") as fh:
            container.upload_blob(name=f"2024/{cram.name}", data=fh, overwrite=False,
                                  standard_blob_tier="Cool")
    """, azure_account_key(), "https://learn.microsoft.com/en-us/azure/storage/common/storage-configure-connection-string")

SV("azcopy-shell", "azure-sas", "bin/sync_to_azure.sh", """
    #!/usr/bin/env bash
    set -euo pipefail
    RUN=$1
    # container-scoped SAS from the collaborator, valid until end of project
    DEST="https://partnerhospitalseq.blob.core.windows.net/incoming/${RUN}?sv=2023-01-03&st=2024-04-01T00%3A00%3A00Z&se=2025-03-31T00%3A00%3A00Z&sr=c&sp=racwl&sig=@@v@@"

    azcopy copy "/data/seqcore/runs/${RUN}/fastq" "$DEST" --recursive --put-md5 --log-level=WARNING
    """, sas_sig(), "https://learn.microsoft.com/en-us/azure/storage/common/storage-use-azcopy-v10")

DV("azure-docs", "redacted-sas", "docs/azure_transfer.md", """
    # Sending data to the partner hospital (Azure Blob)

    1. Ask the partner for a container SAS URL (write + list, no delete).
    2. Store it in the vault: `vault kv put secret/partner/azure sas_url=...`
    3. Run:

    ```bash
    export DEST="$(vault kv get -field=sas_url secret/partner/azure)"
    azcopy copy /data/seqcore/runs/$RUN/fastq "$DEST" --recursive --put-md5
    ```

    A SAS URL looks like
    `https://<account>.blob.core.windows.net/<container>?sv=2023-01-03&se=...&sr=c&sp=racwl&sig=REDACTED`;
    never paste a real one in tickets or in this file.
    """, "https://learn.microsoft.com/en-us/azure/storage/common/storage-sas-overview")

_m = [hexs(32) for _ in range(3)]
DV("s3-shell", "public-bucket", "bin/get_1000g_crams.sh", """
    #!/bin/bash
    # 1000 Genomes high-coverage CRAMs are public: no credentials needed
    set -euo pipefail
    for s in NA12878 NA12891 NA12892; do
        aws s3 cp --no-sign-request \\
            "s3://1000genomes/1000G_2504_high_coverage/data/ERR3239334/${s}.final.cram" data/crams/
    done
    cat > data/crams/MD5SUMS <<EOF
    @@a@@  NA12878.final.cram
    @@b@@  NA12891.final.cram
    @@c@@  NA12892.final.cram
    EOF
    (cd data/crams && md5sum -c MD5SUMS)
    """, "https://registry.opendata.aws/1000-genomes/", a=_m[0], b=_m[1], c=_m[2])

DV("aws-docs", "example-keys", "docs/aws_setup.md", """
    # Running the pipeline on AWS Batch

    Configure a named profile for the core's account (ask the admins for your own keys):

    ```
    $ aws configure --profile genomics-core
    AWS Access Key ID [None]: AKIAIOSFODNN7EXAMPLE
    AWS Secret Access Key [None]: wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY
    Default region name [None]: us-west-2
    Default output format [None]: json
    ```

    Then launch with `AWS_PROFILE=genomics-core nextflow run nf-core/rnaseq -profile awsbatch`.
    """, AWS_CREDS)

_k = aws_pair()[0]
DV("s3-log", "presigned-url", "logs/share_links_2024-05-02.txt", """
    # presigned download links sent to collaborators (expire after 7 days)
    2024-05-02T10:14:03Z P0412 multiqc_report.html https://seqcore-delivery.s3.eu-central-1.amazonaws.com/deliveries/P0412/multiqc_report.html?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@k@@%2F20240502%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240502T101403Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig1@@
    2024-05-02T10:14:05Z P0412 counts.tsv.gz https://seqcore-delivery.s3.eu-central-1.amazonaws.com/deliveries/P0412/counts.tsv.gz?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=@@k@@%2F20240502%2Feu-central-1%2Fs3%2Faws4_request&X-Amz-Date=20240502T101405Z&X-Amz-Expires=604800&X-Amz-SignedHeaders=host&X-Amz-Signature=@@sig2@@
    2024-05-02T10:15:40Z P0415 multiqc_report.html (link revoked)
    2024-05-02T11:02:19Z P0415 README.txt (public prefix, no link needed)
    """, "https://docs.aws.amazon.com/AmazonS3/latest/userguide/ShareObjectPreSignedURL.html",
   k=_k, sig1=hexs(64), sig2=hexs(64))

DV("terraform", "sa-email", "infra/gcs.tf", """
    resource "google_storage_bucket" "raw_reads" {
      name                        = "lab-genomics-raw-reads"
      location                    = "EUROPE-WEST2"
      uniform_bucket_level_access = true
      lifecycle_rule {
        condition { age = 90 }
        action {
          type          = "SetStorageClass"
          storage_class = "ARCHIVE"
        }
      }
    }

    resource "google_storage_bucket_iam_member" "pipeline_writer" {
      bucket = google_storage_bucket.raw_reads.name
      role   = "roles/storage.objectAdmin"
      member = "serviceAccount:nextflow-runner@lab-genomics-prod.iam.gserviceaccount.com"
    }

    resource "google_service_account_key" "runner" {
      service_account_id = "projects/lab-genomics-prod/serviceAccounts/nextflow-runner@lab-genomics-prod.iam.gserviceaccount.com"
      public_key_type    = "TYPE_X509_PEM_FILE"
    }
    """, "https://registry.terraform.io/providers/hashicorp/google/latest/docs/resources/storage_bucket_iam")

SV("boto-config", "gcs-hmac-secret", "config/.boto", """
    # gsutil configuration for the HPC transfer node (interoperability/HMAC mode)
    [Credentials]
    gs_access_key_id = @@k@@
    gs_secret_access_key = @@v@@

    [GSUtil]
    default_project_id = lab-genomics-prod
    parallel_composite_upload_threshold = 150M
    check_hashes = if_fast_else_fail

    [Boto]
    https_validate_certificates = True
    """, gcs_hmac()[1], "https://cloud.google.com/storage/docs/boto-gsutil", k=gcs_hmac()[0])


# ================================================================ sequencing-core SFTP drop boxes
_pw = words_pw()
SV("paramiko-python", "password", "dropbox/pull_from_core.py", """
    \"\"\"Pull new deliveries from the sequencing core's SFTP drop box.\"\"\"
    import pathlib
    import stat

    import paramiko

    HOST = "sftp.seqcore.example.edu"
    USER = "grp_hernandez"
    PASSWORD = "@@v@@"
    LOCAL = pathlib.Path("/data/incoming")

    transport = paramiko.Transport((HOST, 22))
    transport.connect(username=USER, password=PASSWORD)
    sftp = paramiko.SFTPClient.from_transport(transport)

    for entry in sftp.listdir_attr("/outbox"):
        if stat.S_ISDIR(entry.st_mode) and not (LOCAL / entry.filename).exists():
            (LOCAL / entry.filename).mkdir(parents=True)
            for f in sftp.listdir(f"/outbox/{entry.filename}"):
                sftp.get(f"/outbox/{entry.filename}/{f}", str(LOCAL / entry.filename / f))
    sftp.close()
    transport.close()
    """, _pw, "https://docs.paramiko.org/en/stable/api/transport.html")

_pw = lab_pw()
SV("lftp-shell", "password", "bin/mirror_delivery.sh", """
    #!/bin/bash
    # mirror the provider's delivery folder for project $1
    set -e
    PROJECT=${1:?usage: mirror_delivery.sh PROJECT}
    lftp -u 'lab_sanchez,@@v@@' sftp://delivery.genomeprovider.example.com <<EOF
    set sftp:auto-confirm yes
    set net:max-retries 5
    mirror --parallel=4 --only-newer /deliveries/${PROJECT} /data/incoming/${PROJECT}
    bye
    EOF
    find "/data/incoming/${PROJECT}" -name '*.md5' -execdir md5sum -c {} \\;
    """, _pw, "https://lftp.yar.ru/lftp-man.html")

_pw = url_pw()
S("winscp-script", "password", "instrument/miseq_upload.bat", crlf(F('''
    @echo off
    REM MiSeq control PC: push the finished run folder to the core's drop box
    set RUN=%1
    "C:\\Program Files (x86)\\WinSCP\\WinSCP.com" ^
      /log="D:\\Logs\\winscp_%RUN%.log" /ini=nul ^
      /command ^
        "open sftp://miseq01:@@v@@@sftp.seqcore.example.edu/ -hostkey=""ssh-ed25519 255 @@hk@@""" ^
        "put -resume D:\\Illumina\\MiSeqOutput\\%RUN% /inbox/miseq01/" ^
        "exit"
    if %ERRORLEVEL% neq 0 echo Upload failed for %RUN% >> D:\\Logs\\upload_errors.txt
    ''', v=_pw, hk=b64bytes(32).rstrip("="))), _pw,
  "https://winscp.net/eng/docs/guide_automation")

_pw = season_pw()
SV("slurm-script", "password", "jobs/push_results.sbatch", """
    #!/bin/bash
    #SBATCH --job-name=push_results
    #SBATCH --partition=transfer
    #SBATCH --time=12:00:00
    #SBATCH --mem=2G
    #SBATCH --output=logs/%x_%j.out

    module load rsync sshpass

    SRC=/scratch/$USER/results/${PROJECT}
    sshpass -p '@@v@@' rsync -av --partial --progress \\
        -e "ssh -o StrictHostKeyChecking=accept-new" \\
        "$SRC/" collab_upload@dropbox.partner-institute.example.org:/upload/${PROJECT}/
    """, _pw, "https://slurm.schedmd.com/sbatch.html")

_pem = fakes.fake_pem(_seed(), "OPENSSH")
S("ssh-key", "private-key", "keys/seqcore_dropbox_ed25519", _pem + "\n", _pem,
  "https://man.openbsd.org/ssh-keygen")

_pem = fakes.fake_pem(_seed(), "RSA")
S("k8s-secret", "private-key", "k8s/sftp-sync/secret.yaml",
  F("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: sftp-sync-key
      namespace: seqcore
      labels:
        app: sftp-sync
    type: Opaque
    stringData:
      known_hosts: |
        sftp.seqcore.example.edu ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI@@hk@@
      id_rsa: |
        @@pem@@
    """, hk=fakes.drawn(_seed(), 43, B64), pem=ind(_pem, 4)), _pem,
  "https://kubernetes.io/docs/concepts/configuration/secret/#ssh-authentication-secrets")

DV("authorized-keys", "public-keys", "dropbox/authorized_keys", """
    # seqcore drop box: one line per group, forced to internal-sftp, chrooted by sshd_config
    restrict,command="internal-sftp" @@a@@ grp_hernandez@lab
    restrict,command="internal-sftp" @@b@@ grp_okafor@lab
    restrict,command="internal-sftp" @@c@@ miseq01@instrument
    restrict,command="internal-sftp",from="10.20.0.0/16" @@d@@ novaseq-ctrl@instrument
    """, "https://man.openbsd.org/sshd.8#AUTHORIZED_KEYS_FILE_FORMAT",
   a=ssh_ed25519_pub(), b=ssh_rsa_pub(), c=ssh_ed25519_pub(), d=ssh_ed25519_pub())

def _known() -> str:
    return "|1|" + b64bytes(20) + "|" + b64bytes(20)


DV("known-hosts", "host-keys", "config/ssh/known_hosts", """
    @@h1@@ @@k1@@
    @@h2@@ @@k2@@
    sftp.seqcore.example.edu,10.20.4.17 @@k3@@
    [delivery.genomeprovider.example.com]:2222 @@k4@@
    transfer.hpc.lab.example.edu @@k5@@
    """, "https://man.openbsd.org/sshd.8#SSH_KNOWN_HOSTS_FILE_FORMAT",
   h1=_known(), k1=ssh_ed25519_pub(), h2=_known(), k2=ssh_rsa_pub(), k3=ssh_ed25519_pub(), k4=ssh_ed25519_pub(),
   k5=ssh_rsa_pub())

DV("ssh-config", "key-paths", "config/ssh/config", """
    Host seqcore
        HostName sftp.seqcore.example.edu
        User grp_hernandez
        IdentityFile ~/.ssh/id_ed25519_seqcore
        IdentitiesOnly yes

    Host hpc-transfer
        HostName transfer.hpc.lab.example.edu
        User %u
        IdentityFile ~/.ssh/id_ed25519
        ProxyJump bastion.lab.example.edu
        ControlMaster auto
        ControlPath ~/.ssh/cm-%r@%h:%p
    """, "https://man.openbsd.org/ssh_config")

DV("paramiko-python", "env-and-key-file", "dropbox/push_to_partner.py", """
    import os

    import paramiko

    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.connect(
        "dropbox.partner-institute.example.org",
        username="collab_upload",
        key_filename=os.path.expanduser("~/.ssh/id_ed25519_partner"),
        passphrase=os.environ.get("PARTNER_KEY_PASSPHRASE"),
    )
    sftp = client.open_sftp()
    sftp.put("results/P0412/multiqc_report.html", "/upload/P0412/multiqc_report.html")
    client.close()
    """, "https://docs.paramiko.org/en/stable/api/client.html")

_pw = url_pw()
SV("netrc", "password", "deploy/netrc", """
    # mounted at /root/.netrc in the delivery-fetch container (chmod 600)
    # curl --netrc and wget both read it
    machine ftp.seqprovider.example.com login proj_p0377 password @@v@@
    machine api.seqprovider.example.com login proj_p0377 password @@v@@
    default login anonymous password seqcore@lab.example.org
    """, _pw, "https://www.gnu.org/software/inetutils/manual/html_node/The-_002enetrc-file.html")


# ================================================================ archives and data platforms
_pw = words_pw()
SV("webin-shell", "password", "submit/submit_reads.sh", """
    #!/usr/bin/env bash
    # Submit the read manifests of study PRJEB71234 to ENA with Webin-CLI
    set -euo pipefail
    WEBIN_JAR=/opt/webin-cli/webin-cli-7.2.1.jar

    for manifest in submit/manifests/*.txt; do
        java -Xmx2g -jar "$WEBIN_JAR" \\
            -username Webin-64218 \\
            -password '@@v@@' \\
            -context reads \\
            -manifest "$manifest" \\
            -outputDir submit/receipts \\
            -submit
    done
    """, _pw, "https://ena-docs.readthedocs.io/en/latest/submit/general-guide/webin-cli.html")

_pw = words_pw()
SV("ega-json", "password", "config/ega_download.json", """
    {
        "credentials": {
            "username": "r.lindqvist@lab.example.se",
            "password": "@@v@@"
        },
        "datasets": ["EGAD00001008421", "EGAD00001008422"],
        "output_dir": "/data/controlled/ega",
        "connections": 8
    }
    """, _pw, "https://github.com/EGA-archive/ega-download-client")

_pw = words_pw()
_email = "t.brandt@lab.example.org"
SV("cosmic-shell", "basic-auth", "bin/download_cosmic.sh", """
    #!/bin/bash
    # COSMIC downloads need a registered account; the auth string is base64("email:password")
    set -euo pipefail
    VERSION=v99
    AUTH="@@b@@"
    URL=$(curl -sS -H "Authorization: Basic ${AUTH}" \\
        "https://cancer.sanger.ac.uk/api/mono/products/v1/downloads/scripted?path=grch38/cosmic/${VERSION}/Cosmic_MutantCensus_Tsv_${VERSION}_GRCh38.tar&bucket=downloads" \\
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["url"])')
    curl -sS -o "refs/cosmic/Cosmic_MutantCensus_${VERSION}.tar" "$URL"
    """, _pw, "https://cancer.sanger.ac.uk/cosmic/download/cosmic", b=b64(f"{_email}:{_pw}"))

_gdc = ["id\tfilename\tmd5\tsize\tstate"]
for _i in range(8):
    _gdc.append(f"{uuid_s()}\t{uuid_s()}.rna_seq.augmented_star_gene_counts.tsv\t{hexs(32)}\t{4200000 + _i * 1733}\treleased")
D("gdc-manifest", "uuids-md5", "manifests/gdc_manifest_TCGA-LUAD_counts.txt", "\n".join(_gdc) + "\n",
  "https://docs.gdc.cancer.gov/Data_Transfer_Tool/Users_Guide/Preparing_for_Data_Download_and_Upload/")

DV("gdc-shell", "token-path", "bin/gdc_download_controlled.sh", """
    #!/bin/bash
    #SBATCH --job-name=gdc_dl
    #SBATCH --time=48:00:00
    #SBATCH --cpus-per-task=8
    # controlled-access BAMs: the token file is downloaded from the GDC portal, kept outside the repo
    set -euo pipefail
    TOKEN_FILE=${GDC_TOKEN_FILE:-$HOME/.gdc/gdc-user-token.2024-05-10T09_41_12.317Z.txt}
    gdc-client download \\
        -m manifests/gdc_manifest_TCGA-LUAD_bams.txt \\
        -t "$TOKEN_FILE" \\
        -d /data/controlled/tcga_luad \\
        -n 8 --retry-amount 5
    """, "https://docs.gdc.cancer.gov/Data_Transfer_Tool/Users_Guide/Data_Download_and_Upload/")

DV("ascp-shell", "key-path", "bin/ascp_fetch_ena.sh", """
    #!/bin/bash
    # Aspera download from ENA; the openssh key is the public one shipped with Aspera Connect
    set -euo pipefail
    KEY=$CONDA_PREFIX/etc/asperaweb_id_dsa.openssh
    while read -r path; do
        ascp -QT -l 300m -P 33001 -k 1 -i "$KEY" \\
            "era-fasp@fasp.sra.ebi.ac.uk:${path}" data/raw/
    done < config/ena_fastq_paths.txt
    # e.g. /vol1/fastq/ERR323/004/ERR3239334/ERR3239334_1.fastq.gz
    """, "https://ena-docs.readthedocs.io/en/latest/retrieval/file-download.html#using-aspera")

SV("basespace-cfg", "basespace-token", ".basespace/default.cfg", """
    # written by `bs auth`; copied into the repo for the CI runner (oops)
    apiServer   = https://api.euc1.sh.basespace.illumina.com
    accessToken = @@v@@

    [runs]
    outputDir = /data/seqcore/basespace
    """, hexs(32), "https://developer.basespace.illumina.com/docs/content/documentation/cli/cli-overview")

SV("dnanexus-shell", "dnanexus-token", "scripts/dx_upload_run.sh", """
    #!/usr/bin/env bash
    set -euo pipefail
    RUN_DIR=$1
    PROJECT=project-GZ3q8Bj0vQx4Kf6yJ8b1P2Yk

    dx login --token @@v@@ --noprojects
    dx select "$PROJECT"
    dx upload -r --path "/runs/$(basename "$RUN_DIR")/" "$RUN_DIR"/fastq
    dx run app-bwa_mem_fastq_read_mapper -ireads_fastqgzs="/runs/$(basename "$RUN_DIR")/fastq/S01_R1.fastq.gz" -y
    """, rand_pw(32), "https://documentation.dnanexus.com/user/helpstrings-of-sdk-command-line-utilities#login")

SV("sevenbridges-credentials", "sevenbridges-token", ".sevenbridges/credentials", """
    [default]
    api_endpoint = https://api.sbgenomics.com/v2
    auth_token = @@d@@

    [cgc]
    api_endpoint = https://cgc-api.sbgenomics.com/v2
    auth_token = @@v@@
    """, hexs(32), "https://sevenbridges-python.readthedocs.io/en/latest/quickstart/#authentication-and-configuration",
   d="<paste-token-here>")

SV("synapse-config", "synapse-token", ".synapseConfig", """
    ###########################
    # Login Credentials       #
    ###########################
    [authentication]
    username = kpatel_lab
    authtoken = @@v@@

    [cache]
    location = /scratch/kpatel/synapseCache

    [transfer]
    max_threads = 16
    """, synapse_pat(), "https://python-docs.synapse.org/tutorials/authentication/")

_pw = words_pw()
SV("irods-python", "password", "archive/irods_ingest.py", """
    import pathlib
    import sys

    from irods.session import iRODSSession

    ZONE = "labZone"

    with iRODSSession(host="irods.lab.example.org", port=1247, user="seq_ingest",
                      password="@@v@@", zone=ZONE) as session:
        run = pathlib.Path(sys.argv[1])
        coll = f"/{ZONE}/home/seq_ingest/runs/{run.name}"
        session.collections.create(coll)
        for f in sorted(run.glob("*.cram*")):
            session.data_objects.put(str(f), f"{coll}/{f.name}")
            obj = session.data_objects.get(f"{coll}/{f.name}")
            obj.metadata.add("run_id", run.name)
    """, _pw, "https://github.com/irods/python-irodsclient")

DV("irods-env", "no-password", ".irods/irods_environment.json", """
    {
        "irods_host": "irods.lab.example.org",
        "irods_port": 1247,
        "irods_user_name": "seq_ingest",
        "irods_zone_name": "labZone",
        "irods_authentication_scheme": "pam_password",
        "irods_client_server_negotiation": "request_server_negotiation",
        "irods_client_server_policy": "CS_NEG_REQUIRE",
        "irods_encryption_key_size": 32,
        "irods_encryption_salt_size": 8,
        "irods_encryption_num_hash_rounds": 16,
        "irods_encryption_algorithm": "AES-256-CBC",
        "irods_ssl_ca_certificate_file": "/etc/irods/ssl/lab-ca.pem"
    }
    """, "https://docs.irods.org/4.3.1/system_overview/configuration/#irodsirods_environmentjson")

SV("globus-python", "globus-client-secret", "transfer/globus_mover.py", """
    import globus_sdk

    CLIENT_ID = "@@cid@@"
    CLIENT_SECRET = "@@v@@"
    SRC = "@@src@@"   # seqcore DTN collection
    DST = "@@dst@@"   # HPC scratch collection

    client = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
    authorizer = globus_sdk.ClientCredentialsAuthorizer(client, globus_sdk.TransferClient.scopes.all)
    tc = globus_sdk.TransferClient(authorizer=authorizer)

    tdata = globus_sdk.TransferData(tc, SRC, DST, label="nightly run sync", sync_level="checksum")
    tdata.add_item("/runs/", "/scratch/seqcore/runs/", recursive=True)
    print(tc.submit_transfer(tdata)["task_id"])
    """, b64bytes(32), "https://globus-sdk-python.readthedocs.io/en/stable/examples/client_credentials.html",
   cid=uuid_s(), src=uuid_s(), dst=uuid_s())

DV("globus-yaml", "collection-uuids", "transfer/endpoints.yaml", """
    # Globus collection ids (public identifiers, listed in the Globus web app)
    collections:
      seqcore_dtn:
        id: @@a@@
        base_path: /runs
      hpc_scratch:
        id: @@b@@
        base_path: /scratch/seqcore
      partner_archive:
        id: @@c@@
        base_path: /incoming/lab
    sync_level: checksum
    verify_checksum: true
    """, "https://docs.globus.org/api/transfer/endpoints_and_collections/", a=uuid_s(), b=uuid_s(), c=uuid_s())


# ================================================================ OMERO and imaging
_pw = words_pw()
SV("omero-python", "password", "imaging/omero_tag_plates.py", """
    from omero.gateway import BlitzGateway, TagAnnotationWrapper

    conn = BlitzGateway("screening_bot", "@@v@@", host="omero.imaging.lab.example.org", port=4064, secure=True)
    if not conn.connect():
        raise SystemExit("OMERO login failed")

    try:
        tag = TagAnnotationWrapper(conn)
        tag.setValue("QC-passed")
        tag.save()
        for plate in conn.getObjects("Plate", opts={"screen": 1204}):
            if plate.getName().startswith("HCS-2024"):
                plate.linkAnnotation(tag)
    finally:
        conn.close()
    """, _pw, "https://omero.readthedocs.io/en/stable/developers/Python.html")

_pw = rand_pw(22)
SV("docker-compose", "database-password", "omero/docker-compose.yml", """
    services:
      database:
        image: postgres:14
        environment:
          POSTGRES_USER: omero
          POSTGRES_DB: omero
          POSTGRES_PASSWORD: "${OMERO_DB_PASS}"
        volumes:
          - ./db:/var/lib/postgresql/data

      omeroserver:
        image: openmicroscopy/omero-server:5.6
        environment:
          CONFIG_omero_db_host: database
          CONFIG_omero_db_user: omero
          CONFIG_omero_db_pass: "@@v@@"
          CONFIG_omero_db_name: omero
          ROOTPASS: "${OMERO_ROOT_PASS}"
        ports:
          - "4063:4063"
          - "4064:4064"
        volumes:
          - ./omero:/OMERO

      omeroweb:
        image: openmicroscopy/omero-web-standalone:5.6
        environment:
          OMEROHOST: omeroserver
        ports:
          - "4080:4080"
    """, _pw, "https://github.com/ome/docker-example-omero")

_pw = lab_pw()
SV("omero-cli", "password", "imaging/import_plate.sh", """
    #!/bin/bash
    # usage: import_plate.sh /data/microscopes/opera/HCS-2024-118
    set -euo pipefail
    PLATE_DIR=$1
    omero login -s omero.imaging.lab.example.org -p 4064 -u importer -w '@@v@@' -g "Screening Facility"
    omero import --transfer=ln_s --checksum-algorithm=File-Size-64 \\
        -T "Screen:name:HCS-2024" "$PLATE_DIR" 2>&1 | tee "logs/import_$(basename "$PLATE_DIR").log"
    omero logout
    """, _pw, "https://omero.readthedocs.io/en/stable/users/cli/login.html")

D("omero-cert", "certificate", "omero/certs/omero-web.crt", cert_pem() + "\n",
  "https://omero.readthedocs.io/en/stable/sysadmins/server-security.html")

_lg = []
for _i in range(6):
    _lg.append(f"2024-05-02 14:0{_i}:1{_i},332 {1100 + _i * 37:>6} [l.Client-{_i}] INFO  ome.formats.importer.ImportLibrary - "
               f"Hashes: sha1:{hexs(40)}")
    _lg.append(f"2024-05-02 14:0{_i}:2{_i},118 {1133 + _i * 37:>6} [l.Client-{_i}] INFO  ome.formats.importer.cli.LoggingImportMonitor - "
               f"IMPORT_DONE Imported file: /data/microscopes/opera/HCS-2024-118/r0{_i}c01f01p01-ch1sk1fk1fl1.tiff")
_lg.append("Other imported objects:\nFileset:88213\nImage:512044,512045,512046,512047,512048,512049")
D("omero-log", "sha1-hashes", "logs/import_HCS-2024-118.log", "\n".join(_lg) + "\n",
  "https://omero.readthedocs.io/en/stable/users/cli/import.html")


# ================================================================ analysis notebooks and Jupyter
NBFORMAT = "https://nbformat.readthedocs.io/en/latest/format_description.html"

_key = fakes.openai_key(_seed())
S("ipynb", "openai-key", "notebooks/gene_set_summaries.ipynb", nb([
    {"md": True, "src": "# Summaries of the DE gene sets\nAsk a model for a one-paragraph summary of each cluster's top genes."},
    {"src": f"from openai import OpenAI\nclient = OpenAI(api_key=\"{_key}\")\nimport pandas as pd\n"
            "de = pd.read_csv('results/de/cluster_markers.tsv', sep='\\t')"},
    {"src": "genes = ', '.join(de.query('cluster == 3').head(25).gene)\n"
            "resp = client.chat.completions.create(model='gpt-4o-mini', messages=[{'role': 'user', 'content': f'Summarise: {genes}'}])\n"
            "print(resp.choices[0].message.content[:200])",
     "out": "These genes (ALB, APOA1, TTR, SERPINA1, FGB, ...) point to a hepatocyte-like population with strong\nplasma-protein secretion..."},
]), _key, NBFORMAT)

_key = fakes.fake("hf_", 34, _seed())
S("ipynb", "hf-token", "notebooks/esm_embeddings.ipynb", nb([
    {"src": f"from huggingface_hub import login\nlogin(token=\"{_key}\")",
     "out": "Token is valid (permission: read).\nLogin successful"},
    {"src": "import torch\nfrom transformers import AutoTokenizer, AutoModel\n"
            "tok = AutoTokenizer.from_pretrained('facebook/esm2_t33_650M_UR50D')\nmodel = AutoModel.from_pretrained('facebook/esm2_t33_650M_UR50D').eval()"},
    {"src": f"seq = '{protein(64)}'\nwith torch.no_grad():\n    emb = model(**tok(seq, return_tensors='pt')).last_hidden_state.mean(1)\nemb.shape",
     "result": "torch.Size([1, 1280])"},
]), _key, NBFORMAT)

_pw = words_pw()
S("ipynb", "database-password", "notebooks/lims_turnaround.ipynb", nb([
    {"src": "import os\n{k: v for k, v in os.environ.items() if k.startswith('LIMS_')}",
     "result": "{'LIMS_DB_HOST': 'pg-lims.lab.example.org',\n 'LIMS_DB_USER': 'analyst_ro',\n 'LIMS_DB_PASSWORD': '"
     + _pw + "',\n 'LIMS_DB_NAME': 'lims'}"},
    {"src": "from sqlalchemy import create_engine\nengine = create_engine('postgresql://{LIMS_DB_USER}:{LIMS_DB_PASSWORD}@{LIMS_DB_HOST}/{LIMS_DB_NAME}'.format(**os.environ))\n"
            "tat = pd.read_sql('select run_id, received_at, delivered_at from runs', engine)\ntat.shape",
     "result": "(1342, 3)"},
]), _pw, NBFORMAT)

D("ipynb", "getpass", "notebooks/redcap_cohort_overview.ipynb", nb([
    {"md": True, "src": "# Cohort overview from REDCap\nThe token is typed at run time and never stored in the notebook."},
    {"src": "from getpass import getpass\nfrom redcap import Project\ntoken = getpass('REDCap API token: ')\n"
            "project = Project('https://redcap.hospital.example.org/api/', token)",
     "out": "REDCap API token: ········"},
    {"src": "df = project.export_records(format_type='df')\ndf.groupby('site').size()",
     "result": "site\nBRI    88\nEDI    61\nLON   143\ndtype: int64"},
]), NBFORMAT)

_md5 = [hexs(32) for _ in range(4)]
_reads = [dna(50) for _ in range(3)]
D("ipynb", "md5-and-reads", "notebooks/qc_fastq_checks.ipynb", nb([
    {"src": "import hashlib, gzip, pathlib\ndef md5(p):\n    h = hashlib.md5()\n    with open(p, 'rb') as fh:\n"
            "        for chunk in iter(lambda: fh.read(1 << 20), b''):\n            h.update(chunk)\n    return h.hexdigest()\n"
            "for p in sorted(pathlib.Path('data/raw').glob('S0[1-2]_R?.fastq.gz')):\n    print(p.name, md5(p))",
     "out": "\n".join(f"S0{1 + i // 2}_R{1 + i % 2}.fastq.gz {_md5[i]}" for i in range(4))},
    {"src": "with gzip.open('data/raw/S01_R1.fastq.gz', 'rt') as fh:\n    head = [next(fh).strip() for _ in range(12)]\nhead[1::4]",
     "result": "[" + ",\n ".join(f"'{r}'" for r in _reads) + "]"},
]), NBFORMAT)

D("ipynb", "key-from-file", "notebooks/pubmed_trends.ipynb", nb([
    {"src": "import os\nfrom Bio import Entrez\nEntrez.email = 'lab-bioinf@lab.example.org'\n"
            "Entrez.api_key = open(os.path.expanduser('~/.config/ncbi/api_key')).read().strip()\n"
            "print('key loaded:', len(Entrez.api_key), 'chars')",
     "out": "key loaded: 36 chars"},
    {"src": "years = range(2015, 2025)\ncounts = [int(Entrez.read(Entrez.esearch(db='pubmed', term=f'spatial transcriptomics AND {y}[pdat]'))['Count']) for y in years]\ncounts",
     "result": "[41, 66, 98, 157, 260, 512, 934, 1588, 2311, 3072]"},
]), NBFORMAT)

SV("jupyter-config", "jupyter-token", "jupyter/jupyter_server_config.py", """
    # Jupyter on the shared analysis node (started by systemd as the 'analysis' user)
    c = get_config()  # noqa: F821

    c.ServerApp.ip = "0.0.0.0"
    c.ServerApp.port = 8888
    c.ServerApp.open_browser = False
    c.ServerApp.root_dir = "/data/analysis"
    c.IdentityProvider.token = "@@v@@"
    c.ServerApp.allow_remote_access = True
    c.ServerApp.certfile = "/etc/jupyter/ssl/analysis01.crt"
    c.ServerApp.keyfile = "/etc/jupyter/ssl/analysis01.key"
    c.FileContentsManager.delete_to_trash = False
    """, hexs(48), "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

DV("jupyter-config", "argon2-hash", "jupyter/jupyter_server_config.json", """
    {
      "IdentityProvider": {
        "hashed_password": "argon2:@@h@@"
      },
      "ServerApp": {
        "ip": "127.0.0.1",
        "port": 9123,
        "open_browser": false,
        "root_dir": "/home/ssingh/projects"
      }
    }
    """, "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html#preparing-a-hashed-password",
   h=argon2_hash())

SV("jupyterhub-values", "github-oauth-secret", "jupyterhub/config.yaml", """
    # zero-to-jupyterhub values for the lab's teaching cluster
    hub:
      config:
        GitHubOAuthenticator:
          client_id: Ov23li@@cid@@
          client_secret: @@v@@
          oauth_callback_url: https://hub.lab.example.org/hub/oauth_callback
          allowed_organizations:
            - lab-bioinformatics
          scope:
            - read:org
        JupyterHub:
          authenticator_class: github
    singleuser:
      image:
        name: quay.io/jupyter/datascience-notebook
        tag: "2024-05-27"
      memory:
        limit: 8G
        guarantee: 2G
    """, hexs(40), "https://z2jh.jupyter.org/en/stable/administrator/authentication.html#github",
   cid=fakes.drawn(_seed(), 14, ALNUM))


# ================================================================ HPC batch scripts
SBATCH = "https://slurm.schedmd.com/sbatch.html"

_pw = words_pw()
SV("slurm-script", "database-password", "jobs/load_variants.sbatch", """
    #!/bin/bash
    #SBATCH --job-name=load_variants
    #SBATCH --account=bioinf
    #SBATCH --partition=normal
    #SBATCH --cpus-per-task=4
    #SBATCH --mem=16G
    #SBATCH --time=06:00:00

    set -euo pipefail
    module load mariadb-client/10.11

    # credentials for the variant warehouse, written for the mysql client
    cat > "$HOME/.my.cnf" <<'EOF'
    [client]
    host=variantdb.lab.example.org
    user=vcf_loader
    password=@@v@@
    EOF
    chmod 600 "$HOME/.my.cnf"

    for vcf in results/annotated/*.vep.tsv; do
        mysql variants -e "LOAD DATA LOCAL INFILE '$vcf' INTO TABLE calls FIELDS TERMINATED BY '\\t' IGNORE 1 LINES"
    done
    """, _pw, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

_k, _s = aws_pair()
SV("slurm-script", "aws-secret-key", "jobs/sync_results.slurm", """
    #!/bin/bash
    #SBATCH -J s3sync
    #SBATCH -p transfer
    #SBATCH -t 24:00:00
    #SBATCH -o logs/s3sync_%j.log

    export AWS_ACCESS_KEY_ID=@@k@@
    export AWS_SECRET_ACCESS_KEY=@@v@@
    export AWS_DEFAULT_REGION=us-east-2

    aws s3 sync /scratch/$USER/results/ s3://lab-analysis-results/$(date +%Y)/ \\
        --exclude "*.tmp" --exclude "work/*" --storage-class DEEP_ARCHIVE
    """, _s, SBATCH, k=_k)

SV("pbs-script", "github-token", "jobs/run_private_pipeline.pbs", """
    #!/bin/bash
    #PBS -N variant_pipeline
    #PBS -l select=1:ncpus=8:mem=32gb
    #PBS -l walltime=48:00:00
    #PBS -j oe

    cd "$PBS_O_WORKDIR"
    if [ ! -d lab-variant-pipeline ]; then
        git clone https://@@v@@@github.com/lab-org/lab-variant-pipeline.git
    fi
    cd lab-variant-pipeline && git pull --ff-only
    nextflow run main.nf -profile pbs,singularity --input ../samplesheet.csv --outdir ../results -resume
    """, fakes.github_token(_seed()), "https://docs.github.com/en/authentication/keeping-your-account-and-data-secure/managing-your-personal-access-tokens")

DV("slurm-script", "readgroup-barcodes", "jobs/align_bwa.sbatch", """
    #!/bin/bash
    #SBATCH --job-name=bwa_%a
    #SBATCH --array=1-24
    #SBATCH --cpus-per-task=16
    #SBATCH --mem=48G
    #SBATCH --time=12:00:00

    set -euo pipefail
    SAMPLE=$(sed -n "${SLURM_ARRAY_TASK_ID}p" config/samples.txt)
    FC=HJK2LDSXY
    BARCODE=$(awk -v s="$SAMPLE" '$1==s {print $2"+"$3}' config/barcodes.tsv)   # e.g. @@bc@@
    RG="@RG\\tID:${FC}.1.${SAMPLE}\\tSM:${SAMPLE}\\tPL:ILLUMINA\\tPU:${FC}.1.${BARCODE}\\tLB:${SAMPLE}_lib1"

    md5sum -c "data/raw/${SAMPLE}.md5"
    bwa-mem2 mem -t 16 -R "$RG" refs/GRCh38.fa data/raw/${SAMPLE}_R1.fastq.gz data/raw/${SAMPLE}_R2.fastq.gz \\
        | samtools sort -@ 4 -o results/bam/${SAMPLE}.bam -
    samtools index results/bam/${SAMPLE}.bam
    """, SBATCH, bc=dna(8) + "+" + dna(8))

DV("slurm-script", "env-file", "jobs/archive_to_glacier.sbatch", """
    #!/bin/bash
    #SBATCH --job-name=archive
    #SBATCH --partition=transfer
    #SBATCH --time=72:00:00

    set -euo pipefail
    # keys live in a file readable only by the archive account
    source /etc/lab/secrets/aws-archive.env
    : "${AWS_ACCESS_KEY_ID:?}" "${AWS_SECRET_ACCESS_KEY:?}"

    tar -cf - "runs/${RUN_ID}" | aws s3 cp - "s3://lab-cold-archive/runs/${RUN_ID}.tar" \\
        --storage-class DEEP_ARCHIVE --expected-size 2000000000000
    """, SBATCH)

_pw = url_pw()
SV("pgpass", "database-password", "deploy/pgpass", """
    # hostname:port:database:username:password  (install as ~/.pgpass, mode 0600)
    pg-lims.lab.example.org:5432:lims:analyst_ro:@@v@@
    pg-lims.lab.example.org:5432:lims_staging:analyst_ro:@@v@@
    # postgres superuser: peer auth on the host, no entry here
    localhost:5432:scratch:pipeline:
    """, _pw, "https://www.postgresql.org/docs/current/libpq-pgpass.html")


# ================================================================ conda and pip environments
_tok = fakes.drawn(_seed(), 2, string.ascii_lowercase) + "-" + uuid_s()
SV("condarc", "anaconda-token", ".condarc", """
    channels:
      - https://conda.anaconda.org/t/@@v@@/lab-private
      - conda-forge
      - bioconda
    channel_priority: strict
    pkgs_dirs:
      - /shared/conda/pkgs
    envs_dirs:
      - /shared/conda/envs
    always_yes: true
    """, _tok, "https://docs.anaconda.com/anacondaorg/user-guide/tasks/work-with-tokens/")

_pw = url_pw()
SV("pip-conf", "password", "docker/pip.conf", """
    [global]
    index-url = https://ci-reader:@@v@@@nexus.lab.example.org/repository/pypi-group/simple
    trusted-host = nexus.lab.example.org
    timeout = 60
    retries = 5

    [install]
    no-cache-dir = true
    """, _pw, "https://pip.pypa.io/en/stable/topics/configuration/")

SV("conda-env", "ncbi-api-key", "envs/annotation.yml", """
    name: annotation
    channels:
      - conda-forge
      - bioconda
    dependencies:
      - python=3.11
      - biopython=1.83
      - entrez-direct=21.6
      - ncbi-datasets-cli=16.15
      - prokka=1.14.6
      - pip
      - pip:
          - pycirclize==1.5.0
    variables:
      NCBI_API_KEY: @@v@@
      ENTREZ_EMAIL: micro-bioinf@lab.example.org
    """, ncbi_key(), "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#setting-environment-variables")

SV("conda-env", "gitlab-token", "envs/pipeline-dev.yml", """
    name: lab-pipeline-dev
    channels:
      - conda-forge
      - bioconda
    dependencies:
      - python=3.10
      - snakemake-minimal=8.11
      - pysam=0.22
      - pandas=2.2
      - pip
      - pip:
          - --extra-index-url https://__token__:@@v@@@gitlab.genomics.example.ac.uk/api/v4/projects/118/packages/pypi/simple
          - labtools==2.3.1
          - qcparsers==0.9.0
    """, fakes.fake("glpat-", 20, _seed()), "https://docs.gitlab.com/ee/user/packages/pypi_repository/")

SV("pypirc", "pypi-token", ".pypirc", """
    [distutils]
    index-servers =
        pypi
        testpypi

    [pypi]
    username = __token__
    password = @@v@@

    [testpypi]
    repository = https://test.pypi.org/legacy/
    username = __token__
    """, fakes.pypi_token(_seed()), "https://packaging.python.org/en/latest/specifications/pypirc/")

_pk = ["conda-forge/linux-64/python-3.11.9-hb806964_0_cpython.conda", "bioconda/linux-64/samtools-1.20-h50ea8bc_0.tar.bz2",
       "bioconda/linux-64/bcftools-1.20-h8b25389_0.tar.bz2", "bioconda/noarch/multiqc-1.22.2-pyhdfd78af_0.tar.bz2",
       "conda-forge/linux-64/htslib-1.20-h81da01d_0.tar.bz2", "bioconda/linux-64/fastp-0.23.4-h5f740d0_3.tar.bz2"]
D("conda-explicit", "md5-urls", "envs/qc.explicit.txt",
  "# This file may be used to create an environment using:\n# $ conda create --name <env> --file <this file>\n# platform: linux-64\n"
  "@EXPLICIT\n" + "\n".join(f"https://conda.anaconda.org/{p}#{hexs(32)}" for p in _pk) + "\n",
  "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#building-identical-conda-environments")

DV("conda-lock", "sha256", "envs/conda-lock.yml", """
    version: 1
    metadata:
      content_hash:
        linux-64: @@ch@@
      channels:
        - url: conda-forge
        - url: bioconda
      platforms:
        - linux-64
      sources:
        - envs/qc.yml
    package:
      - name: samtools
        version: '1.20'
        manager: conda
        platform: linux-64
        url: https://conda.anaconda.org/bioconda/linux-64/samtools-1.20-h50ea8bc_0.tar.bz2
        hash:
          md5: @@m1@@
          sha256: @@s1@@
        category: main
        optional: false
      - name: multiqc
        version: 1.22.2
        manager: conda
        platform: linux-64
        url: https://conda.anaconda.org/bioconda/noarch/multiqc-1.22.2-pyhdfd78af_0.tar.bz2
        hash:
          md5: @@m2@@
          sha256: @@s2@@
        category: main
        optional: false
    """, "https://conda.github.io/conda-lock/output/", ch=hexs(64), m1=hexs(32), s1=hexs(64), m2=hexs(32), s2=hexs(64))

DV("requirements", "pip-hashes", "requirements.lock", """
    # generated by pip-compile --generate-hashes
    biopython==1.83 \\
        --hash=sha256:@@a@@ \\
        --hash=sha256:@@b@@
    pysam==0.22.1 \\
        --hash=sha256:@@c@@
    numpy==1.26.4 \\
        --hash=sha256:@@d@@ \\
        --hash=sha256:@@e@@
    """, "https://pip.pypa.io/en/stable/topics/secure-installs/#hash-checking-mode",
   a=hexs(64), b=hexs(64), c=hexs(64), d=hexs(64), e=hexs(64))

DV("conda-env", "plain-variables", "envs/rnaseq.yml", """
    name: rnaseq
    channels:
      - conda-forge
      - bioconda
      - nodefaults
    dependencies:
      - python=3.11
      - star=2.7.11b
      - salmon=1.10.3
      - subread=2.0.6
      - bioconductor-deseq2=1.42.0
      - r-base=4.3
    variables:
      NXF_SINGULARITY_CACHEDIR: /shared/singularity
      OMP_NUM_THREADS: "4"
      ENTREZ_EMAIL: rnaseq-core@lab.example.org
      NCBI_API_KEY: ""
    """, "https://docs.conda.io/projects/conda/en/latest/user-guide/tasks/manage-environments.html#setting-environment-variables")


# ================================================================ containers, Kubernetes, CI
_pw = words_pw()
S("k8s-secret", "database-password", "k8s/lims/db-secret.yaml", F("""
    apiVersion: v1
    kind: Secret
    metadata:
      name: lims-db
      namespace: lims
    type: Opaque
    data:
      POSTGRES_USER: @@u@@
      POSTGRES_PASSWORD: @@p@@
      POSTGRES_DB: @@d@@
    """, u=b64("lims_app"), p=b64(_pw), d=b64("lims")), _pw, "https://kubernetes.io/docs/concepts/configuration/secret/")

_key = labkey_key()
S("k8s-secret", "labkey-api-key", "k8s/qc-uploader/secret.yaml", F("""
    # kubectl apply -n genomics -f k8s/qc-uploader/secret.yaml
    apiVersion: v1
    kind: Secret
    metadata:
      name: qc-uploader-labkey
      annotations:
        owner: bioinf-platform
    type: Opaque
    data:
      LABKEY_SERVER: @@s@@
      LABKEY_API_KEY: @@k@@
    """, s=b64("labkey.lab.example.org"), k=b64(_key)), _key, "https://kubernetes.io/docs/concepts/configuration/secret/")

DV("sealed-secret", "ciphertext", "k8s/lims/db-sealedsecret.yaml", """
    apiVersion: bitnami.com/v1alpha1
    kind: SealedSecret
    metadata:
      name: lims-db
      namespace: lims
    spec:
      encryptedData:
        POSTGRES_PASSWORD: @@a@@
        POSTGRES_USER: @@b@@
      template:
        metadata:
          name: lims-db
          namespace: lims
        type: Opaque
    """, "https://github.com/bitnami-labs/sealed-secrets", a=sealed_value(), b=sealed_value())

DV("sops", "ciphertext", "secrets/omero.enc.yaml", """
    omero:
        db_password: @@a@@
        root_password: @@b@@
        ldap_bind_password: @@c@@
    sops:
        kms: []
        gcp_kms: []
        azure_kv: []
        hc_vault: []
        age:
            - recipient: @@r@@
              enc: |
                -----BEGIN AGE ENCRYPTED FILE-----
                @@e1@@
                @@e2@@
                -----END AGE ENCRYPTED FILE-----
        lastmodified: "2024-04-18T09:12:44Z"
        mac: @@mac@@
        pgp: []
        unencrypted_suffix: _unencrypted
        version: 3.8.1
    """, "https://github.com/getsops/sops", a=sops_value(18), b=sops_value(14), c=sops_value(20), r=age_recipient(),
   e1=fakes.drawn(_seed(), 64, B64), e2=fakes.drawn(_seed(), 60, B64) + "==", mac=sops_value(32))

DV("helm-template", "secret-ref", "charts/sampletracker/templates/deployment.yaml", """
    apiVersion: apps/v1
    kind: Deployment
    metadata:
      name: {{ include "sampletracker.fullname" . }}
    spec:
      replicas: {{ .Values.replicaCount }}
      template:
        spec:
          containers:
            - name: app
              image: "{{ .Values.image.repository }}@{{ .Values.image.digest }}"
              env:
                - name: DATABASE_URL
                  valueFrom:
                    secretKeyRef:
                      name: {{ .Values.db.existingSecret }}
                      key: database-url
                - name: REDCAP_API_TOKEN
                  valueFrom:
                    secretKeyRef:
                      name: redcap-token
                      key: token
                - name: BENCHLING_API_KEY
                  value: {{ .Values.benchling.apiKey | quote }}
    """, "https://helm.sh/docs/chart_template_guide/values_files/")

_pw = words_pw()
SV("docker-compose", "database-password", "labkey/docker-compose.yml", """
    services:
      labkey:
        image: labkey/community:24.3
        ports:
          - "8443:8443"
        environment:
          LABKEY_DB_HOST: pg
          LABKEY_DB_NAME: labkey
          LABKEY_DB_USERNAME: labkey
          LABKEY_DB_PASSWORD: "@@v@@"
          LABKEY_BASE_SERVER_URL: https://labkey.lab.example.org
        depends_on:
          - pg
      pg:
        image: postgres:15
        environment:
          POSTGRES_USER: labkey
          POSTGRES_PASSWORD: "@@v@@"
        volumes:
          - pgdata:/var/lib/postgresql/data
    volumes:
      pgdata:
    """, _pw, "https://github.com/LabKey/Dockerfile")

SV("github-actions", "tower-token", ".github/workflows/launch-tower.yml", """
    name: Launch full-size test on Seqera Platform
    on:
      release:
        types: [published]
      workflow_dispatch:
    jobs:
      run-platform:
        runs-on: ubuntu-latest
        steps:
          - uses: seqeralabs/action-tower-launch@v2
            with:
              workspace_id: "148837265590311"
              access_token: @@v@@
              compute_env: aws-batch-spot
              revision: ${{ github.sha }}
              workdir: s3://gc-nextflow-work/full-tests/${{ github.sha }}
              parameters: |
                {
                  "outdir": "s3://gc-results-prod/full-tests/${{ github.sha }}"
                }
    """, tower_token(), "https://github.com/seqeralabs/action-tower-launch")

DV("github-actions", "secrets-expr-pinned", ".github/workflows/ci.yml", """
    name: nf-test
    on: [push, pull_request]
    jobs:
      test:
        runs-on: ubuntu-latest
        strategy:
          matrix:
            NXF_VER: ["23.10.0", "latest-everything"]
        steps:
          - uses: actions/checkout@@@c1@@ # v4.1.6
          - uses: nf-core/setup-nextflow@@@c2@@ # v2.0.0
            with:
              version: ${{ matrix.NXF_VER }}
          - uses: nf-core/setup-nf-test@@@c3@@ # v1
          - name: Run tests
            env:
              AWS_ACCESS_KEY_ID: ${{ secrets.AWS_ACCESS_KEY_ID }}
              AWS_SECRET_ACCESS_KEY: ${{ secrets.AWS_SECRET_ACCESS_KEY }}
              NCBI_API_KEY: ${{ secrets.NCBI_API_KEY }}
            run: nf-test test --profile docker --ci
    """, "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions",
   c1=hexs(40), c2=hexs(40), c3=hexs(40))

SV("gitlab-ci", "dockerhub-token", ".gitlab-ci.yml", """
    stages: [build, test]

    variables:
      APPTAINER_CACHEDIR: "$CI_PROJECT_DIR/.apptainer"

    build-sif:
      stage: build
      tags: [hpc-shell]
      script:
        - apptainer registry login --username labbioinfbot --password '@@v@@' docker://docker.io
        - apptainer build --force containers/qc.sif docker://labbioinf/qc-tools:2.4.0
      artifacts:
        paths: [containers/qc.sif]

    test:
      stage: test
      image: nfcore/gitpod:latest
      script:
        - nf-test test tests/ --profile apptainer
    """, fakes.fake("dckr_pat_", 27, _seed()), "https://apptainer.org/docs/user/latest/cli/apptainer_registry_login.html")

DV("gitlab-ci", "ci-variables", "ci/gitlab-release.yml", """
    release-image:
      stage: deploy
      image: docker:24
      services: [docker:24-dind]
      script:
        - echo "$CI_REGISTRY_PASSWORD" | docker login -u "$CI_REGISTRY_USER" --password-stdin "$CI_REGISTRY"
        - docker build -t "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG" .
        - docker push "$CI_REGISTRY_IMAGE:$CI_COMMIT_TAG"
        - >
          curl --fail --header "JOB-TOKEN: $CI_JOB_TOKEN"
          --upload-file dist/labtools-${CI_COMMIT_TAG}.tar.gz
          "${CI_API_V4_URL}/projects/${CI_PROJECT_ID}/packages/generic/labtools/${CI_COMMIT_TAG}/labtools.tar.gz"
      rules:
        - if: $CI_COMMIT_TAG
    """, "https://docs.gitlab.com/ee/ci/variables/predefined_variables.html")

SV("dockerfile", "github-fine-grained-token", "containers/annotate/Dockerfile", """
    FROM mambaorg/micromamba:1.5.8

    COPY --chown=$MAMBA_USER:$MAMBA_USER envs/annotation.yml /tmp/env.yml
    RUN micromamba install -y -n base -f /tmp/env.yml && micromamba clean --all --yes

    ARG MAMBA_DOCKERFILE_ACTIVATE=1
    # private helper package (TODO: switch to build secrets)
    RUN pip install --no-cache-dir "git+https://@@v@@@github.com/lab-org/varannot-utils.git@v0.7.2"

    WORKDIR /work
    ENTRYPOINT ["/usr/local/bin/_entrypoint.sh"]
    """, fakes.github_fine_grained_token(_seed()), "https://docs.docker.com/reference/dockerfile/")

DV("dockerfile", "digest-checksum", "containers/tools/Dockerfile", """
    FROM ubuntu:22.04@sha256:@@img@@

    ARG HTSLIB_VERSION=1.20
    ARG HTSLIB_SHA256=@@sha@@

    RUN apt-get update && apt-get install -y --no-install-recommends \\
            build-essential zlib1g-dev libbz2-dev liblzma-dev libcurl4-openssl-dev curl ca-certificates \\
        && rm -rf /var/lib/apt/lists/*

    RUN curl -fsSL -o /tmp/htslib.tar.bz2 \\
            https://github.com/samtools/htslib/releases/download/${HTSLIB_VERSION}/htslib-${HTSLIB_VERSION}.tar.bz2 \\
        && echo "${HTSLIB_SHA256}  /tmp/htslib.tar.bz2" | sha256sum -c - \\
        && tar -xjf /tmp/htslib.tar.bz2 -C /tmp && cd /tmp/htslib-${HTSLIB_VERSION} \\
        && ./configure --prefix=/usr/local && make -j4 && make install
    """, "https://docs.docker.com/reference/dockerfile/#from", img=hexs(64), sha=hexs(64))

DV("singularity-def", "digest", "containers/pipeline.def", """
    Bootstrap: docker
    From: quay.io/biocontainers/bcftools@sha256:@@d@@

    %labels
        Maintainer bioinf-platform@lab.example.org
        Version 1.20

    %post
        mkdir -p /opt/lab && echo "@@m@@  /opt/lab/README" > /opt/lab/CHECKSUMS

    %environment
        export LC_ALL=C.UTF-8

    %runscript
        exec bcftools "$@"
    """, "https://apptainer.org/docs/user/latest/definition_files.html", d=hexs(64), m=hexs(32))

_pw = words_pw()
SV("makefile", "database-password", "Makefile", """
    .PHONY: all dump-lims restore-dev test

    LIMS_HOST ?= mysql-lims.lab.example.org
    DUMP := backups/lims_$(shell date +%F).sql.gz

    all: test

    dump-lims:
    \tmysqldump -h $(LIMS_HOST) -u backup -p'@@v@@' --single-transaction lims | gzip > $(DUMP)

    restore-dev: dump-lims
    \tgunzip -c $(DUMP) | mysql -h 127.0.0.1 -u root lims_dev

    test:
    \tpytest -q tests/
    """.replace("\\t", "\t"), _pw, "https://www.gnu.org/software/make/manual/make.html")

DV("makefile", "variable-refs", "deploy/Makefile", """
    include .env
    export

    .PHONY: deploy backup

    deploy:
    \thelm upgrade --install lims charts/lims -f deploy/values-$(ENV).yaml \\
    \t    --set db.password=$(LIMS_DB_PASSWORD) --set benchling.apiKey=$$(cat /run/secrets/benchling_key)

    backup:
    \tPGPASSWORD=$(LIMS_DB_PASSWORD) pg_dump -h $(DB_HOST) -U lims lims | gzip > backups/lims.sql.gz
    """.replace("\\t", "\t"), "https://www.gnu.org/software/make/manual/make.html#Environment")

_pw = words_pw()
SV("airflow-dag", "password", "dags/ingest_runs.py", """
    from datetime import datetime

    from airflow import DAG, settings
    from airflow.models import Connection
    from airflow.providers.postgres.operators.postgres import PostgresOperator

    # one-off: register the LIMS connection if it does not exist yet
    session = settings.Session()
    if not session.query(Connection).filter(Connection.conn_id == "lims_pg").first():
        session.add(Connection(conn_id="lims_pg", conn_type="postgres", host="pg-lims.lab.example.org",
                               schema="lims", login="airflow_etl", password="@@v@@", port=5432))
        session.commit()

    with DAG("ingest_runs", start_date=datetime(2024, 1, 1), schedule="@hourly", catchup=False) as dag:
        PostgresOperator(task_id="refresh_run_view", postgres_conn_id="lims_pg",
                         sql="REFRESH MATERIALIZED VIEW CONCURRENTLY run_summary;")
    """, _pw, "https://airflow.apache.org/docs/apache-airflow/stable/howto/connection.html")

SV("dvc-config", "s3-secret-key", ".dvc/config.local", """
    ['remote "storage"']
        url = s3://lab-dvc-cache/genomics-ml
        access_key_id = @@k@@
        secret_access_key = @@v@@
    ['remote "hpc"']
        url = ssh://transfer.hpc.lab.example.edu/shared/dvc-cache
        keyfile = ~/.ssh/id_ed25519
    """, fakes.aws_secret_key(_seed()), "https://dvc.org/doc/command-reference/remote/modify#amazon-s3",
   k=fakes.aws_key_id(_seed()))

DV("dvc", "md5-lock", "dvc.lock", """
    schema: '2.0'
    stages:
      train_classifier:
        cmd: python src/train.py --features data/features.parquet
        deps:
        - path: data/features.parquet
          hash: md5
          md5: @@a@@
          size: 184201233
        - path: src/train.py
          hash: md5
          md5: @@b@@
          size: 4120
        outs:
        - path: models/tumour_classifier.pkl
          hash: md5
          md5: @@c@@
          size: 22100398
    """, "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files#dvclock-file", a=hexs(32), b=hexs(32), c=hexs(32))


# ================================================================ dotenv, ini, toml and other lab services
SV("dotenv", "omim-api-key", ".env.production", """
    # variant-curation web app (production)
    FLASK_ENV=production
    DATABASE_URL=${DATABASE_URL}
    OMIM_API_KEY=@@v@@
    CLINVAR_FTP=https://ftp.ncbi.nlm.nih.gov/pub/clinvar/
    GNOMAD_API=https://gnomad.broadinstitute.org/api
    VEP_CACHE=/data/refs/vep_cache/111
    """, rand_pw(22, "-_"), "https://www.omim.org/help/api")

SV("dotenv", "sendgrid-key", "lims/.env", """
    DJANGO_SETTINGS_MODULE=lims.settings.production
    LIMS_DB_PASSWORD=${LIMS_DB_PASSWORD}
    EMAIL_BACKEND=sendgrid_backend.SendgridBackend
    SENDGRID_API_KEY=@@v@@
    DEFAULT_FROM_EMAIL=lims-noreply@lab.example.org
    DELIVERY_NOTIFY=seqcore@lab.example.org
    """, fakes.fake("SG.", 22, _seed()) + fakes.fake(".", 43, _seed()), "https://docs.sendgrid.com/ui/account-and-settings/api-keys")

DV("dotenv", "example-placeholders", ".env.example", """
    # Copy to .env and fill in. Never commit .env.
    BENCHLING_TENANT_URL=https://<tenant>.benchling.com
    BENCHLING_API_KEY=
    REDCAP_API_URL=https://redcap.hospital.example.org/api/
    REDCAP_API_TOKEN=<32-character project token>
    NCBI_API_KEY=your-ncbi-api-key-here
    AWS_ACCESS_KEY_ID=
    AWS_SECRET_ACCESS_KEY=
    LIMS_DB_PASSWORD=changeme
    """, "https://github.com/theskumar/python-dotenv")

_pw = words_pw("!#@*")
SV("config-ini", "password", "pipeline.ini", """
    [DEFAULT]
    base_dir = /data/projects

    [paths]
    raw = %(base_dir)s/raw
    results = %(base_dir)s/results
    reference = /data/refs/GRCh38/GRCh38.fa

    [lims]
    url = https://lims.lab.example.org/api/v1
    username = pipeline
    password = @@v@@
    verify_ssl = true

    [slurm]
    account = bioinf
    partition = normal
    """, _pw, "https://docs.python.org/3/library/configparser.html")

DV("config-ini", "env-interpolation", "config/pipeline.prod.ini", """
    # read with ConfigParser(interpolation=ExtendedInterpolation()) after os.environ is merged in
    [env]
    LIMS_PASSWORD =
    OMERO_PASSWORD =

    [lims]
    url = https://lims.lab.example.org/api/v1
    username = pipeline
    password = ${env:LIMS_PASSWORD}

    [omero]
    host = omero.imaging.lab.example.org
    user = importer
    password = ${env:OMERO_PASSWORD}
    """, "https://docs.python.org/3/library/configparser.html#configparser.ExtendedInterpolation")

_pw = season_pw()
SV("dynaconf-toml", "database-password", "config/settings.toml", """
    [default]
    app_name = "biobank-portal"
    sample_id_regex = "^BB[0-9]{8}$"
    freezer_map = "config/freezers.yaml"

    [development]
    db_url = "sqlite:///dev.db"

    [production]
    db_host = "mysql-biobank.hospital.example.org"
    db_user = "portal"
    db_password = "@@v@@"
    db_name = "biobank"
    """, _pw, "https://www.dynaconf.com/settings_files/")

DV("dynaconf-toml", "format-env", "config/settings.prod.toml", """
    [production]
    db_host = "mysql-biobank.hospital.example.org"
    db_user = "portal"
    db_password = "@format {env[BIOBANK_DB_PASSWORD]}"
    redcap_token = "@format {env[REDCAP_API_TOKEN]}"
    openspecimen_password = "@get OPENSPECIMEN_PASSWORD"
    omero_session_timeout = 600
    """, "https://www.dynaconf.com/dynamic/")

_pw = url_pw()
SV("mongo-python", "database-url", "tracker/db.py", """
    from pymongo import MongoClient

    MONGO_URI = "mongodb+srv://tracker_rw:@@v@@@cluster0.x7k2q.mongodb.net/samples?retryWrites=true&w=majority"

    client = MongoClient(MONGO_URI, tz_aware=True)
    db = client["samples"]
    tubes = db["tubes"]
    tubes.create_index("barcode", unique=True)


    def checkin(barcode: str, freezer: str, rack: str, position: str) -> None:
        tubes.update_one({"barcode": barcode}, {"$set": {"freezer": freezer, "rack": rack, "pos": position}}, upsert=True)
    """, _pw, "https://www.mongodb.com/docs/manual/reference/connection-string/")

_pw = words_pw()
SV("neo4j-python", "password", "kg/load_gene_graph.py", """
    import csv

    from neo4j import GraphDatabase

    driver = GraphDatabase.driver("neo4j+s://kg.lab.example.org:7687", auth=("neo4j", "@@v@@"))

    QUERY = \"\"\"
    MERGE (g:Gene {ensembl_id: $gene})
    MERGE (p:Pathway {reactome_id: $pathway})
    MERGE (g)-[:IN_PATHWAY]->(p)
    \"\"\"

    with driver.session(database="genes") as session, open("data/reactome_gene_pathway.tsv") as fh:
        for row in csv.DictReader(fh, delimiter="\\t"):
            session.run(QUERY, gene=row["ensembl_gene_id"], pathway=row["reactome_id"])
    driver.close()
    """, _pw, "https://neo4j.com/docs/python-manual/current/connect/")

_pw = rand_pw(20)
SV("elasticsearch-python", "password", "search/index_variants.py", """
    from elasticsearch import Elasticsearch, helpers

    es = Elasticsearch(
        "https://es.variants.lab.example.org:9200",
        basic_auth=("elastic", "@@v@@"),
        ca_certs="/etc/ssl/lab-ca.pem",
    )


    def actions(path):
        import pysam
        for rec in pysam.VariantFile(path):
            yield {"_index": "cohort-variants", "_id": f"{rec.chrom}-{rec.pos}-{rec.ref}-{rec.alts[0]}",
                   "chrom": rec.chrom, "pos": rec.pos, "ref": rec.ref, "alt": rec.alts[0]}


    helpers.bulk(es, actions("results/cohort.norm.vcf.gz"), chunk_size=5000)
    """, _pw, "https://elasticsearch-py.readthedocs.io/en/stable/api.html")

SV("netrc", "wandb-key", "docker/.netrc", """
    # W&B credentials for the training container (wandb login writes this)
    machine api.wandb.ai
      login user
      password @@v@@
    machine git.lab.example.org
      login ci-bot
    """, hexs(40), "https://docs.wandb.ai/ref/cli/wandb-login/")

SV("zenodo-python", "zenodo-token", "release/zenodo_upload.py", """
    import json
    import pathlib

    import requests

    ZENODO = "https://zenodo.org/api"
    TOKEN = "@@v@@"
    params = {"access_token": TOKEN}

    dep = requests.post(f"{ZENODO}/deposit/depositions", params=params, json={}, timeout=60).json()
    bucket = dep["links"]["bucket"]
    for f in pathlib.Path("release/files").iterdir():
        with open(f, "rb") as fh:
            requests.put(f"{bucket}/{f.name}", data=fh, params=params, timeout=600).raise_for_status()

    meta = json.loads(pathlib.Path("release/zenodo.json").read_text())
    requests.put(f"{ZENODO}/deposit/depositions/{dep['id']}", params=params, json={"metadata": meta}, timeout=60)
    """, rand_pw(60), "https://developers.zenodo.org/#quickstart-upload")

SV("figshare-shell", "figshare-token", "release/figshare_create.sh", """
    #!/bin/bash
    # create a figshare article for the supplementary tables
    TOKEN=@@v@@
    curl -sS -X POST https://api.figshare.com/v2/account/articles \\
        -H "Authorization: token $TOKEN" \\
        -H "Content-Type: application/json" \\
        -d '{"title": "Supplementary tables: liver organoid atlas", "defined_type": "dataset"}'
    """, hexs(128), "https://docs.figshare.com/#upload_files")

def nextcloud_app_pw() -> str:
    r = _rng()
    return "-".join("".join(r.choice(ALNUM) for _ in range(5)) for _ in range(5))


_pw = nextcloud_app_pw()
SV("webdav-shell", "nextcloud-app-password", "bin/share_to_collaborators.sh", """
    #!/usr/bin/env bash
    # upload delivery reports to the institute Nextcloud (app password of the seqcore account)
    set -euo pipefail
    NC=https://cloud.lab.example.org/remote.php/dav/files/seqcore
    for f in reports/*.html; do
        curl -sS -u "seqcore:@@v@@" -T "$f" "$NC/Deliveries/$(basename "$f")"
    done
    """, _pw, "https://docs.nextcloud.com/server/latest/user_manual/en/files/access_webdav.html")

SV("slack-python", "slack-bot-token", "bin/notify_run_complete.py", """
    #!/usr/bin/env python3
    \"\"\"Called by the sequencer watcher when RTAComplete.txt appears.\"\"\"
    import sys

    from slack_sdk import WebClient

    client = WebClient(token="@@v@@")
    run_id = sys.argv[1]
    client.chat_postMessage(
        channel="#seqcore-runs",
        text=f":dna: Run {run_id} finished; demultiplexing queued.",
    )
    """, slack_bot(), "https://slack.dev/python-slack-sdk/web/index.html")

SV("telegram-python", "telegram-token", "instrument/freezer_alarm.py", """
    \"\"\"Polls the -80 freezer probes and alerts the lab's Telegram group.\"\"\"
    import time

    import requests

    BOT_TOKEN = "@@v@@"
    CHAT_ID = -1001846273511
    LIMIT_C = -65.0


    def alert(text: str) -> None:
        requests.post(f"https://api.telegram.org/bot{BOT_TOKEN}/sendMessage",
                      data={"chat_id": CHAT_ID, "text": text}, timeout=10)


    while True:
        temp = float(open("/sys/bus/w1/devices/28-01193a4f2c11/temperature").read()) / 1000
        if temp > LIMIT_C:
            alert(f"Freezer F-03 at {temp:.1f} C")
        time.sleep(60)
    """, fakes.telegram_token(_seed()), "https://core.telegram.org/bots/api#sendmessage")

def google_api_key() -> str:
    return fakes.fake("AIza", 35, _seed())


SV("sheets-python", "google-api-key", "tracking/read_sample_sheet.py", """
    import requests

    SHEET_ID = "1Qf3xK9pLm2ZcV7bN0aR4tY6uH8jW5eS1dG3hJ2kL0mN"
    API_KEY = "@@v@@"

    url = f"https://sheets.googleapis.com/v4/spreadsheets/{SHEET_ID}/values/Intake!A1:H500"
    rows = requests.get(url, params={"key": API_KEY}, timeout=30).json()["values"]
    header, body = rows[0], rows[1:]
    for r in body:
        print(dict(zip(header, r)))
    """, google_api_key(), "https://developers.google.com/sheets/api/guides/authorizing#APIKey")

SV("google-oauth-json", "google-oauth-secret", "tracking/client_secret.json", """
    {
      "installed": {
        "client_id": "@@cid@@.apps.googleusercontent.com",
        "project_id": "lab-sample-intake",
        "auth_uri": "https://accounts.google.com/o/oauth2/auth",
        "token_uri": "https://oauth2.googleapis.com/token",
        "auth_provider_x509_cert_url": "https://www.googleapis.com/oauth2/v1/certs",
        "client_secret": "@@v@@",
        "redirect_uris": ["http://localhost"]
      }
    }
    """, fakes.fake("GOCSPX-", 28, _seed()), "https://developers.google.com/identity/protocols/oauth2/native-app",
   cid=fakes.drawn(_seed(), 12, string.digits) + "-" + fakes.drawn(_seed(), 32, string.ascii_lowercase + string.digits))


# ================================================================ awkward carriers
_k, _s = aws_pair()
SV("k8s-configmap", "aws-secret-key", "k8s/nextflow-launcher/configmap.yaml", """
    apiVersion: v1
    kind: ConfigMap
    metadata:
      name: nextflow-launcher-config
      namespace: pipelines
    data:
      NXF_VER: "24.04.2"
      NXF_ANSI_LOG: "false"
      nextflow.config: |
        process.executor = 'awsbatch'
        process.queue = 'gc-spot-queue'
        workDir = 's3://gc-nextflow-work/k8s-launcher'
        aws {
            region = 'eu-west-1'
            accessKey = '@@k@@'
            secretKey = '@@v@@'
        }
        tower.enabled = false
    """, _s, "https://kubernetes.io/docs/concepts/configuration/configmap/", k=_k)

_tok = hexs(32)
S("sevenbridges-python", "sevenbridges-token", "cgc/launch_tasks.py", F("""
    import sevenbridges as sbg

    # CGC token of the project service user (rotated quarterly)
    CGC_TOKEN = ("@@a@@"
                 "@@b@@")

    api = sbg.Api(url="https://cgc-api.sbgenomics.com/v2", token=CGC_TOKEN)
    project = api.projects.get("lab-genomics/tcga-luad-rerun")
    app = api.apps.get("lab-genomics/tcga-luad-rerun/rna-seq-alignment-star-2-7-10a")

    for bam in api.files.query(project=project, metadata={"experimental_strategy": "RNA-Seq"}):
        task = api.tasks.create(name=f"STAR {bam.name}", project=project, app=app,
                                inputs={"in_reads": bam}, run=True)
        print(task.id, task.status)
    """, a=_tok[:16], b=_tok[16:]), _tok, "https://sevenbridges-python.readthedocs.io/en/latest/quickstart/")

SV("renviron", "github-token", ".Renviron", """
    R_LIBS_USER=/shared/R/library/4.3
    R_MAX_VSIZE=64Gb
    GITHUB_PAT=@@v@@
    ENTREZ_EMAIL=sc-analysis@lab.example.org
    BIOCONDUCTOR_USE_CONTAINER_REPOSITORY=TRUE
    """, fakes.github_token(_seed()), "https://usethis.r-lib.org/articles/git-credentials.html")


# ================================================================ theme data that looks random
D("fasta", "primer-sequences", "assays/primers_v3.fa",
  "".join(f">{name}\n{dna(n)}\n" for name, n in [("SARS2_1_LEFT", 24), ("SARS2_1_RIGHT", 26), ("SARS2_2_LEFT", 23),
                                                  ("SARS2_2_RIGHT", 25), ("EGFR_ex19_F", 22), ("EGFR_ex19_R", 21)]),
  "https://github.com/artic-network/primer-schemes")

_seq = dna(420)
D("genbank", "plasmid-sequence", "plasmids/pLAB-Cas9-GFP_fragment.gb",
  "LOCUS       pLAB_Cas9_GFP_frag       420 bp    DNA     circular SYN 14-MAR-2024\n"
  "DEFINITION  pLAB-Cas9-GFP, fragment around the U6 promoter.\nACCESSION   .\nVERSION     .\n"
  "KEYWORDS    benchling; registry:PL-00412.\nSOURCE      synthetic DNA construct\n"
  "FEATURES             Location/Qualifiers\n     promoter        1..241\n                     /label=\"U6 promoter\"\n"
  "     misc_RNA        242..337\n                     /label=\"sgRNA scaffold\"\nORIGIN\n"
  + "".join(f"{i + 1:>9} " + " ".join(_seq[j:j + 10].lower() for j in range(i, min(i + 60, 420), 10)) + "\n"
            for i in range(0, 420, 60)) + "//\n",
  "https://www.ncbi.nlm.nih.gov/Sitemap/samplerecord.html")

_ss = ["[Header]", "IEMFileVersion,5", "Investigator Name,Seq Core", "Experiment Name,RUN-2024-118", "Date,2024-05-18",
       "Workflow,GenerateFASTQ", "Chemistry,Amplicon", "", "[Reads]", "151", "151", "", "[Settings]",
       "AdapterRead1,CTGTCTCTTATACACATCT", "AdapterRead2,CTGTCTCTTATACACATCT", "", "[Data]",
       "Sample_ID,Sample_Name,Sample_Plate,Sample_Well,I7_Index_ID,index,I5_Index_ID,index2,Sample_Project,Description"]
for _i in range(8):
    _ss.append(f"S{_i + 1:02d},P0412_{_i + 1:03d},PL118,{'ABCDEFGH'[_i]}01,UDI{_i + 1:04d},{dna(10)},UDI{_i + 1:04d},{dna(10)},P0412,")
D("illumina-samplesheet", "index-sequences", "runs/240518_M01234_0118/SampleSheet.csv", "\n".join(_ss) + "\n",
  "https://support.illumina.com/downloads/sample-sheet-v1-0-reference.html")

_gr = ["sgRNA_ID\tTarget_Gene\tsgRNA_Sequence\tPAM\tRule_Set_2_score"]
for _g in ["A1BG", "A1BG", "A1CF", "A1CF", "A2M", "A2M", "A4GALT", "AAAS"]:
    _gr.append(f"{_g}_{fakes.drawn(_seed(), 4, string.digits)}\t{_g}\t{dna(20)}\t{dna(1)}GG\t0.{fakes.drawn(_seed(), 4, string.digits)}")
D("crispr-library", "guide-sequences", "libraries/brunello_subset.tsv", "\n".join(_gr) + "\n",
  "https://www.addgene.org/pooled-library/broadgpp-human-knockout-brunello/")

_vcf = ["##fileformat=VCFv4.2", "##source=GATK HaplotypeCaller 4.5.0.0",
        "##reference=file:///data/refs/GRCh38/Homo_sapiens_assembly38.fasta"]
for _c, _l in [("chr1", 248956422), ("chr2", 242193529), ("chr17", 83257441), ("chrX", 156040895)]:
    _vcf.append(f"##contig=<ID={_c},length={_l},assembly=GRCh38,md5={hexs(32)}>")
_vcf += ['##INFO=<ID=DP,Number=1,Type=Integer,Description="Approximate read depth">',
         '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">',
         "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\tNA12878",
         "chr17\t7674220\trs28934578\tC\tT\t812.64\tPASS\tDP=41\tGT\t0/1",
         f"chr17\t7675088\t.\t{dna(6)}\tC\t97.1\tPASS\tDP=18\tGT\t0/1"]
D("vcf", "contig-md5", "tests/data/NA12878.chr17.vcf", "\n".join(_vcf) + "\n", "https://samtools.github.io/hts-specs/VCFv4.2.pdf")

_dict = ["@HD\tVN:1.6"]
for _c, _l in [("chr1", 248956422), ("chr2", 242193529), ("chr3", 198295559), ("chr4", 190214555), ("chrM", 16569)]:
    _dict.append(f"@SQ\tSN:{_c}\tLN:{_l}\tM5:{hexs(32)}\tAS:GRCh38\tUR:file:/data/refs/GRCh38/Homo_sapiens_assembly38.fasta\tSP:Homo sapiens")
D("sam-dict", "m5-checksums", "refs/GRCh38/Homo_sapiens_assembly38.dict", "\n".join(_dict) + "\n",
  "https://samtools.github.io/hts-specs/SAMv1.pdf")

D("md5sums", "delivery-checksums", "delivery/P0412/MD5SUMS.txt",
  "".join(f"{hexs(32)}  P0412_{i // 2 + 1:03d}_S{i // 2 + 1}_L001_R{i % 2 + 1}_001.fastq.gz\n" for i in range(10)),
  "https://www.gnu.org/software/coreutils/manual/html_node/md5sum-invocation.html")

D("sha256sums", "reference-checksums", "refs/SHA256SUMS",
  "".join(f"{hexs(64)}  {name}\n" for name in ["GRCh38.primary_assembly.genome.fa.gz", "gencode.v45.annotation.gtf.gz",
                                               "gencode.v45.transcripts.fa.gz", "GRCm39.primary_assembly.genome.fa.gz",
                                               "gencode.vM34.annotation.gtf.gz"]),
  "https://www.gnu.org/software/coreutils/manual/html_node/sha2-utilities.html")

_fr = ["id,name,read,pattern,sequence,feature_type"]
for _ab in ["CD3", "CD4", "CD8a", "CD14", "CD19", "CD56", "HLA-DR", "IgG1_ctrl"]:
    _fr.append(f"{_ab}_TotalSeqB,{_ab},R2,5PNNNNNNNNNN(BC),{dna(15)},Antibody Capture")
D("cellranger-feature-ref", "antibody-barcodes", "config/feature_reference.csv", "\n".join(_fr) + "\n",
  "https://www.10xgenomics.com/support/software/cell-ranger/latest/analysis/inputs/cr-feature-ref-csv")

_bs = ["specimen_uuid,lims_barcode,tube_barcode,participant_id,specimen_type,collected_on,freezer_slot"]
for _i in range(8):
    _bs.append(f"{uuid_s()},LB-2024-{fakes.drawn(_seed(), 6, string.digits)},FR{fakes.drawn(_seed(), 8, string.digits)},"
               f"P-{fakes.drawn(_seed(), 5, string.digits)},{['Plasma', 'Buffy coat', 'FFPE scroll', 'Fresh frozen'][_i % 4]},"
               f"2024-0{1 + _i % 5}-1{_i},F03-R{_i % 4 + 1}-B{_i + 2}-{'ABCDEFGH'[_i]}{_i + 1}")
D("biobank-csv", "specimen-ids", "exports/biospecimens_2024Q2.csv", "\n".join(_bs) + "\n",
  "https://openspecimen.atlassian.net/wiki/spaces/CAT/pages/440434/Bulk+Import")

DV("multiqc-config", "report-settings", "assets/multiqc_config.yml", """
    report_comment: >
      This report has been generated by the <a href="https://github.com/lab-org/lab-variant-pipeline">lab/variantcalling</a>
      analysis pipeline. Run ID: @@run@@
    report_header_info:
      - Contact E-mail: "seqcore@lab.example.org"
      - Application Type: "Whole Exome Sequencing"
      - Sequencing Platform: "NovaSeq X"
    extra_fn_clean_exts:
      - "_R1"
      - "_R2"
      - ".markdup"
    fn_clean_sample_names: true
    custom_logo: assets/lab_logo.png
    export_plots: true
    """, "https://multiqc.info/docs/getting_started/config/", run=uuid_s())

DV("htpasswd", "apr1-bcrypt", "jbrowse/.htpasswd", """
    igv-viewer:$apr1$@@s1@@$@@h1@@
    collab_p0412:@@b1@@
    collab_p0377:@@b2@@
    seqcore:@@b3@@
    jbrowse-admin:@@b4@@
    """, "https://httpd.apache.org/docs/2.4/programs/htpasswd.html",
   s1=fakes.drawn(_seed(), 8, ALNUM + "./"), h1=fakes.drawn(_seed(), 22, ALNUM + "./"),
   b1=bcrypt_hash(), b2=bcrypt_hash(), b3=bcrypt_hash(), b4=bcrypt_hash())

DV("redcap-dictionary", "field-validation", "clinical/redcap_data_dictionary.csv", """
    Variable / Field Name,Form Name,Field Type,Field Label,Choices,Text Validation Type,Identifier?
    record_id,enrolment,text,Record ID,,,
    sample_id,sample_manifest,text,LIMS sample ID (LB-YYYY-NNNNNN),,,
    tube_barcode,sample_manifest,text,2D tube barcode,,,
    consent_genomic,enrolment,yesno,Consent to genomic analysis,,,
    api_token_note,admin,descriptive,"Project API tokens are issued per user by the REDCap admins; do not record them here",,,
    dob,enrolment,text,Date of birth,,date_dmy,y
    """, "https://redcap.vumc.org/redcap_v14.0.0/DataDictionary/index.php")

"""Blind set S: research computing, labs, HPC and IoT / home automation glued by Python.

Whole files as people commit them (job scripts, module files, hub configs, ESPHome and Home
Assistant YAML, Pi provisioning, instrument scripts, papers' supplementary code). Every secret
is a generated fake (tests.fakes or a seeded random.Random, seeds 200000-204999).
"""
from __future__ import annotations

import base64
import hashlib
import json
import random
import string
import textwrap
import uuid
from typing import List, Optional

from tests import fakes
from tests.accuracy.labelled import LabelledCase

X = "blind-s"
ALNUM = string.ascii_letters + string.digits
HEX = "0123456789abcdef"
B32 = string.ascii_uppercase + "234567"
CASES: List[LabelledCase] = []
_SEED = [200000]


def seed() -> int:
    _SEED[0] += 1
    assert _SEED[0] < 205000
    return _SEED[0]


def rs(n: int, alphabet: str = ALNUM) -> str:
    rng = random.Random(seed())
    return "".join(rng.choice(alphabet) for _ in range(n))


def hx(n: int, upper: bool = False) -> str:
    value = rs(n, HEX)
    return value.upper() if upper else value


def b64bytes(n: int) -> str:
    rng = random.Random(seed())
    return base64.b64encode(bytes(rng.getrandbits(8) for _ in range(n))).decode()


def b64url(n: int) -> str:
    return rs(n, ALNUM + "-_")


WORDS = ["pipette", "orchid", "glacier", "falcon", "cobalt", "meadow", "quasar", "lantern", "harbor", "nebula",
         "tundra", "saffron", "walnut", "zephyr", "copper", "juniper", "beacon", "pebble", "marble", "thistle",
         "ember", "vortex", "kestrel", "lichen", "magnet", "otter", "prism", "raven", "sequoia", "tulip"]


def human_pw() -> str:
    """Words + digits + a symbol, the way people pick them."""
    rng = random.Random(seed())
    a, b = rng.sample(WORDS, 2)
    return f"{a.capitalize()}{rng.choice('-_.')}{b.capitalize()}{rng.randint(10, 99)}{rng.choice('!#%&*?')}"


def passphrase() -> str:
    rng = random.Random(seed())
    return "-".join(rng.sample(WORDS, 4)) + str(rng.randint(1, 9))


def gen_pw() -> str:
    return fakes.password(seed())


def jwt(payload: dict) -> str:
    def enc(obj: dict) -> str:
        return base64.urlsafe_b64encode(json.dumps(obj, separators=(",", ":")).encode()).decode().rstrip("=")
    return enc({"alg": "HS256", "typ": "JWT"}) + "." + enc(payload) + "." + b64url(43)


def d(text: str) -> str:
    return textwrap.dedent(text).lstrip("\n")


def add(fmt: str, what: str, file_name: str, text: str, secret: Optional[str], source: str) -> None:
    CASES.append(LabelledCase(f"{X}/{fmt}/{what}", file_name, text, secret, source))


def decoy(fmt: str, what: str, file_name: str, text: str, source: str) -> None:
    add(fmt, "decoy-" + what, file_name, text, None, source)


SLURM = "https://slurm.schedmd.com/sbatch.html"

# ---------------------------------------------------------------- Slurm job scripts
k = hx(40)
add("slurm-sbatch", "wandb-api-key", "jobs/train_resnet.sbatch", d(f"""
    #!/bin/bash
    #SBATCH --job-name=resnet50-imnet
    #SBATCH --partition=gpu
    #SBATCH --gres=gpu:a100:4
    #SBATCH --cpus-per-task=32
    #SBATCH --mem=240G
    #SBATCH --time=47:59:00
    #SBATCH --output=logs/%x-%j.out
    #SBATCH --mail-type=END,FAIL
    #SBATCH --mail-user=m.okafor@physics.example.edu

    module purge
    module load cuda/12.1 cudnn/8.9 anaconda3/2023.09
    source activate torch21

    export WANDB_PROJECT=imnet-ablation
    export WANDB_ENTITY=okafor-lab
    export WANDB_API_KEY={k}
    export NCCL_DEBUG=WARN

    cd $SLURM_SUBMIT_DIR
    srun python -m torch.distributed.run --nproc_per_node=4 train.py \\
        --config configs/resnet50.yaml --data /scratch/$USER/imagenet
    """), k, SLURM)

hook = f"https://hooks.slack.com/services/T{rs(8, string.ascii_uppercase + string.digits)}/B{rs(10, string.ascii_uppercase + string.digits)}/{rs(24)}"
add("slurm-sbatch", "slack-webhook", "hpc/array_md.slurm", d(f"""
    #!/usr/bin/env bash
    #SBATCH -J gromacs-sweep
    #SBATCH -A chem-prj0412
    #SBATCH -p standard
    #SBATCH -N 1
    #SBATCH --ntasks-per-node=64
    #SBATCH -t 12:00:00
    #SBATCH --array=0-23%6

    set -euo pipefail
    module load gromacs/2023.3-mpi
    TEMPS=(280 285 290 295 300 305 310 315 320 325 330 335 340 345 350 355 360 365 370 375 380 385 390 395)
    T=${{TEMPS[$SLURM_ARRAY_TASK_ID]}}

    notify() {{
      curl -s -X POST -H 'Content-type: application/json' \\
        --data "{{\\"text\\": \\"job $SLURM_JOB_ID task $SLURM_ARRAY_TASK_ID: $1\\"}}" \\
        {hook} > /dev/null
    }}
    trap 'notify "failed at T=$T"' ERR

    gmx grompp -f md.mdp -c npt_${{T}}.gro -p topol.top -o md_${{T}}.tpr
    srun gmx_mpi mdrun -deffnm md_${{T}} -ntomp 1
    notify "done T=$T"
    """), hook, SLURM)

pw = human_pw()
add("slurm-sbatch", "mysql-password", "scripts/ingest_results.sh", d(f"""
    #!/bin/bash
    #SBATCH --job-name=ingest
    #SBATCH --time=00:30:00
    #SBATCH --mem=4G
    #SBATCH --dependency=afterok:{random.Random(seed()).randint(4000000, 9000000)}

    # push the per-sample QC table into the lab's results DB
    module load mariadb-client/10.11
    OUT=/project/genomics/qc/run_$(date +%Y%m%d).tsv
    python summarize_qc.py --in /scratch/$USER/qc --out "$OUT"

    mysql --host=labdb.genomics.example.org --user=qc_loader --password='{pw}' \\
          --local-infile=1 qc -e "LOAD DATA LOCAL INFILE '$OUT' INTO TABLE sample_qc IGNORE 1 LINES"
    echo "loaded $(wc -l < "$OUT") rows"
    """), pw, SLURM)

decoy("slurm-sbatch", "env-file-reference", "jobs/finetune_llama.sbatch", d("""
    #!/bin/bash
    #SBATCH --job-name=llama-ft
    #SBATCH --partition=gpu-long
    #SBATCH --gres=gpu:h100:8
    #SBATCH --time=3-00:00:00
    #SBATCH --output=%x_%j.log

    module load cuda/12.2
    source ~/miniforge3/etc/profile.d/conda.sh
    conda activate ft

    # tokens live in a 0600 file outside the repo; see docs/cluster.md
    set -a; source "$HOME/.config/lab/tokens.env"; set +a
    : "${HF_TOKEN:?HF_TOKEN not set}"
    : "${WANDB_API_KEY:?WANDB_API_KEY not set}"

    export HF_HOME=/scratch/$USER/hf
    srun accelerate launch --num_processes 8 finetune.py --model meta-llama/Llama-2-7b-hf
    """), SLURM)

decoy("slurm-sbatch", "job-ids-and-checksums", "jobs/verify_download.sbatch", d("""
    #!/bin/bash
    #SBATCH -J verify
    #SBATCH -t 01:00:00
    #SBATCH --dependency=afterok:8812734:8812735

    # checksums published with the dataset (Zenodo record 10012345)
    cat > SHA256SUMS <<'EOF'
    3f8a2c4e9b1d7f60a5e2c8b4d1f9a7e3c6b2d8f4a1e7c9b5d3f2a8e6c4b1d7f9  train.tar
    9c1e7a3f5b2d8e4c6a0f1b7d3e9c5a2f8b4d6e1c3a7f9b5d2e8c4a6f0b1d3e7a  val.tar
    EOF
    sha256sum -c SHA256SUMS
    echo "commit $(git -C $HOME/src/pipeline rev-parse HEAD)"
    """), SLURM)

spw = gen_pw()
add("slurmdbd-conf", "storage-password", "etc/slurm/slurmdbd.conf", d(f"""
    # slurmdbd.conf - cluster accounting (managed by ansible role slurm-dbd)
    AuthType=auth/munge
    AuthInfo=/var/run/munge/munge.socket.2
    DbdHost=slurmdb01
    DbdPort=6819
    SlurmUser=slurm
    DebugLevel=info
    LogFile=/var/log/slurm/slurmdbd.log
    PidFile=/var/run/slurmdbd/slurmdbd.pid
    PurgeEventAfter=12month
    PurgeJobAfter=24month
    StorageType=accounting_storage/mysql
    StorageHost=localhost
    StoragePort=3306
    StorageUser=slurm
    StoragePass={spw}
    StorageLoc=slurm_acct_db
    """), spw, "https://slurm.schedmd.com/slurmdbd.conf.html")

decoy("slurm-conf", "munge-key-path", "etc/slurm/slurm.conf", d("""
    ClusterName=hopper
    SlurmctldHost=hopper-head(10.20.0.2)
    AuthType=auth/munge
    CredType=cred/munge
    MpiDefault=pmix
    ProctrackType=proctrack/cgroup
    ReturnToService=2
    SlurmctldPidFile=/var/run/slurmctld.pid
    SlurmdSpoolDir=/var/spool/slurmd
    StateSaveLocation=/var/spool/slurmctld
    SwitchType=switch/none
    TaskPlugin=task/affinity,task/cgroup
    AccountingStorageType=accounting_storage/slurmdbd
    AccountingStorageHost=slurmdb01
    JobCompType=jobcomp/none
    SelectType=select/cons_tres
    SelectTypeParameters=CR_Core_Memory
    GresTypes=gpu
    NodeName=cn[001-064] CPUs=128 RealMemory=515000 State=UNKNOWN
    NodeName=gn[01-08] CPUs=64 RealMemory=1030000 Gres=gpu:a100:4 State=UNKNOWN
    PartitionName=standard Nodes=cn[001-064] Default=YES MaxTime=2-00:00:00 State=UP
    PartitionName=gpu Nodes=gn[01-08] MaxTime=2-00:00:00 State=UP
    """), "https://slurm.schedmd.com/slurm.conf.html")

# ---------------------------------------------------------------- PBS / LSF
ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("pbs-script", "s3-secret-on-command-line", "pbs/archive_run.pbs", d(f"""
    #!/bin/bash
    #PBS -N archive_run
    #PBS -q copyq
    #PBS -l select=1:ncpus=2:mem=8gb
    #PBS -l walltime=06:00:00
    #PBS -j oe
    #PBS -P w35

    cd $PBS_O_WORKDIR
    RUN=$(basename $PWD)
    tar -cf - output/ | zstd -T2 > /scratch/w35/$USER/$RUN.tar.zst

    s3cmd --access_key={ak} \\
          --secret_key={sk} \\
          --host=s3.ap-southeast-2.amazonaws.com --host-bucket='%(bucket)s.s3.ap-southeast-2.amazonaws.com' \\
          put /scratch/w35/$USER/$RUN.tar.zst s3://w35-climate-archive/runs/
    """), sk, "https://2021.help.altair.com/2021.1.2/PBS%20Professional/PBSUserGuide2021.1.2.pdf")

decoy("pbs-script", "module-and-paths", "pbs/wrf_forecast.pbs", d("""
    #!/bin/bash
    #PBS -N wrf_d02
    #PBS -l nodes=8:ppn=48
    #PBS -l walltime=08:00:00
    #PBS -A atm-0091
    #PBS -m abe
    #PBS -M wrf-ops@meteo.example.edu

    module load intel/2021.4 openmpi/4.1.5 netcdf-fortran/4.6.1 wrf/4.5
    cd $PBS_O_WORKDIR
    ln -sf /data/gfs/$(date -u +%Y%m%d)/gfs.t00z.* .
    ./link_grib.csh gfs.t00z.pgrb2.0p25.f*
    mpirun -np 384 ./real.exe && mpirun -np 384 ./wrf.exe
    """), "PBS Pro user guide")

tok = fakes.github_token(seed())
add("lsf-script", "github-token-in-clone-url", "lsf/build_env.lsf", d(f"""
    #!/bin/bash
    #BSUB -J build-env
    #BSUB -q short
    #BSUB -n 8
    #BSUB -R "rusage[mem=4000]"
    #BSUB -W 2:00
    #BSUB -o build.%J.out
    #BSUB -e build.%J.err

    module load git python/3.11
    cd /research/labs/tanaka/envs
    rm -rf analysis-kit
    git clone https://tanaka-lab-bot:{tok}@github.com/tanaka-lab/analysis-kit.git
    python -m venv ak-venv && . ak-venv/bin/activate
    pip install -e ./analysis-kit[all]
    """), tok, "https://www.ibm.com/docs/en/spectrum-lsf/10.1.0?topic=bsub-options")

decoy("lsf-script", "placeholder", "docs/examples/submit_template.lsf", d("""
    #!/bin/bash
    # Template: copy to your scratch dir, fill in the <...> fields, then `bsub < submit.lsf`
    #BSUB -J <job-name>
    #BSUB -P <project-code>
    #BSUB -q normal
    #BSUB -n 1
    #BSUB -W 1:00

    export LAB_API_TOKEN=<paste-your-token-from-the-portal>
    export OMP_NUM_THREADS=1
    python run.py --input <input-file>
    """), "IBM Spectrum LSF docs")

# ---------------------------------------------------------------- module files
hf = "hf_" + rs(34, string.ascii_letters)
add("lmod-modulefile", "huggingface-token", "modulefiles/hf-cache/2024.lua", d(f"""
    -- -*- lua -*-
    help([[
    Shared Hugging Face cache for the ML group.
    Sets HF_HOME to the project filesystem and a read token for gated models.
    ]])
    whatis("Name: hf-cache")
    whatis("Version: 2024")
    whatis("Category: tools")

    local root = "/project/mlgroup/hf"
    setenv("HF_HOME", root)
    setenv("HF_HUB_CACHE", pathJoin(root, "hub"))
    setenv("HF_DATASETS_CACHE", pathJoin(root, "datasets"))
    setenv("HF_TOKEN", "{hf}")
    setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    family("hfcache")
    """), hf, "https://lmod.readthedocs.io/en/latest/015_writing_modules.html")

decoy("lmod-modulefile", "paths-only", "modulefiles/gurobi/11.0.lua", d("""
    -- -*- lua -*-
    whatis("Gurobi Optimizer 11.0.1")
    help([[Gurobi 11.0.1. The site license server is gurobi-lic.hpc.example.edu.]])
    local base = "/opt/apps/gurobi/1101/linux64"
    setenv("GUROBI_HOME", base)
    setenv("GRB_LICENSE_FILE", "/opt/apps/gurobi/gurobi.lic")
    prepend_path("PATH", pathJoin(base, "bin"))
    prepend_path("LD_LIBRARY_PATH", pathJoin(base, "lib"))
    prepend_path("PYTHONPATH", pathJoin(base, "lib/python3.11_utf32"))
    conflict("gurobi")
    """), "Lmod docs")

lic = hx(32)
add("tcl-modulefile", "license-key", "modulefiles/comsol/6.2", d(f"""
    #%Module1.0
    ##
    ## COMSOL Multiphysics 6.2
    ##
    proc ModulesHelp {{ }} {{
        puts stderr "COMSOL 6.2 with the department's floating license"
    }}
    module-whatis "COMSOL Multiphysics 6.2"
    conflict comsol

    set root /opt/apps/comsol/62
    prepend-path PATH $root/multiphysics/bin
    setenv LMCOMSOL_LICENSE_FILE 1718@lic02.eng.example.edu
    # cloud burst to the vendor's license proxy (contract 2024-117)
    setenv COMSOL_LICPROXY_KEY {lic}
    """), lic, "https://modules.readthedocs.io/en/latest/modulefile.html")

decoy("tcl-modulefile", "license-server-address", "modulefiles/matlab/R2024a", d("""
    #%Module1.0
    module-whatis "MATLAB R2024a"
    conflict matlab
    set root /opt/apps/matlab/R2024a
    prepend-path PATH $root/bin
    setenv MLM_LICENSE_FILE 27000@flexlm01.example.edu
    setenv MATLAB_JAVA /usr/lib/jvm/java-11-openjdk
    if { [module-info mode load] } {
        puts stderr "MATLAB R2024a loaded; run `matlab -batch` in batch jobs"
    }
    """), "Environment Modules docs")

# ---------------------------------------------------------------- shell rc files
gsec = b64bytes(33)
add("bashrc", "globus-client-secret", "dotfiles/.bashrc", d(f"""
    # .bashrc
    [ -f /etc/bashrc ] && . /etc/bashrc
    [[ $- != *i* ]] && return

    export PATH=$HOME/.local/bin:$PATH
    export EDITOR=vim
    alias sq='squeue -u $USER -o "%.10i %.12P %.30j %.2t %.10M %.6D %R"'
    alias scratch='cd /scratch/$USER'
    module load git/2.43 tmux

    # globus automation (confidential client for the transfer cron)
    export GLOBUS_CLI_CLIENT_ID=5f0c7a4e-3d2b-4e8a-9c61-2b7f14d0a9e3
    export GLOBUS_CLI_CLIENT_SECRET='{gsec}'

    HISTSIZE=50000
    HISTCONTROL=ignoreboth
    PS1='[\\u@\\h \\W]\\$ '
    """), gsec, "https://docs.globus.org/cli/reference/#environment_variables")

decoy("bashrc", "pass-lookup", "dotfiles/.bash_profile", d("""
    # .bash_profile
    if [ -f ~/.bashrc ]; then . ~/.bashrc; fi
    export PATH=$HOME/bin:$PATH
    # secrets come from the password store, never from this file
    export WANDB_API_KEY="$(pass show lab/wandb 2>/dev/null)"
    export HF_TOKEN="$(pass show lab/huggingface 2>/dev/null)"
    export GLOBUS_CLI_CLIENT_SECRET="$(secret-tool lookup service globus user transfer-bot)"
    export CONDA_ENVS_PATH=/project/lab/conda/envs
    ulimit -c 0
    """), "GNU bash manual")

otok = fakes.openai_key(seed())
add("zshrc", "openai-key", "dotfiles/.zshrc", d(f"""
    export ZSH="$HOME/.oh-my-zsh"
    ZSH_THEME="robbyrussell"
    plugins=(git conda-zsh-completion)
    source $ZSH/oh-my-zsh.sh

    # >>> conda initialize >>>
    __conda_setup="$('/home/lpeng/miniforge3/bin/conda' 'shell.zsh' 'hook' 2> /dev/null)"
    if [ $? -eq 0 ]; then eval "$__conda_setup"; fi
    unset __conda_setup
    # <<< conda initialize <<<

    export OPENAI_API_KEY="{otok}"
    alias jl='jupyter lab --no-browser --port=8899'
    alias gpu='watch -n1 nvidia-smi'
    """), otok, "zsh / oh-my-zsh")

# ---------------------------------------------------------------- JupyterHub / Jupyter
JH = "https://jupyterhub.readthedocs.io/en/stable/reference/config-reference.html"
cs = hx(40)
add("jupyterhub-config", "oauth-client-secret", "deploy/jupyterhub/jupyterhub_config.py", d(f"""
    # jupyterhub_config.py -- teaching hub for STAT 210
    import os

    c = get_config()  # noqa

    c.JupyterHub.bind_url = "http://:8000"
    c.JupyterHub.authenticator_class = "github"
    c.GitHubOAuthenticator.oauth_callback_url = "https://hub.stat210.example.edu/hub/oauth_callback"
    c.GitHubOAuthenticator.client_id = "Iv1.8a61f9b3d2c4e5f7"
    c.GitHubOAuthenticator.client_secret = "{cs}"
    c.GitHubOAuthenticator.allowed_organizations = {{"stat210-fall"}}
    c.GitHubOAuthenticator.scope = ["read:org"]

    c.JupyterHub.spawner_class = "dockerspawner.DockerSpawner"
    c.DockerSpawner.image = "quay.io/jupyter/datascience-notebook:2024-05-27"
    c.DockerSpawner.network_name = "jupyterhub"
    c.DockerSpawner.notebook_dir = "/home/jovyan/work"
    c.DockerSpawner.volumes = {{"jupyterhub-user-{{username}}": "/home/jovyan/work"}}
    c.DockerSpawner.remove = True
    c.Spawner.mem_limit = "4G"
    c.JupyterHub.hub_ip = "jupyterhub"
    c.JupyterHub.admin_access = False
    c.Authenticator.admin_users = {{"mgarcia-stat"}}
    """), cs, JH)

ck = hx(64)
add("jupyterhub-config", "cookie-secret", "hub/jupyterhub_config.py", d(f"""
    c = get_config()  # noqa: F821

    c.JupyterHub.ip = "0.0.0.0"
    c.JupyterHub.port = 443
    c.JupyterHub.ssl_cert = "/etc/letsencrypt/live/jhub.neurolab.example.org/fullchain.pem"
    c.JupyterHub.ssl_key = "/etc/letsencrypt/live/jhub.neurolab.example.org/privkey.pem"
    c.JupyterHub.cookie_secret = bytes.fromhex("{ck}")
    c.JupyterHub.db_url = "sqlite:////srv/jupyterhub/jupyterhub.sqlite"

    c.JupyterHub.authenticator_class = "ldapauthenticator.LDAPAuthenticator"
    c.LDAPAuthenticator.server_address = "ldap.neurolab.example.org"
    c.LDAPAuthenticator.bind_dn_template = ["uid={{username}},ou=people,dc=neurolab,dc=example,dc=org"]
    c.LDAPAuthenticator.use_ssl = True

    c.JupyterHub.spawner_class = "batchspawner.SlurmSpawner"
    c.SlurmSpawner.req_partition = "interactive"
    c.SlurmSpawner.req_runtime = "8:00:00"
    c.SlurmSpawner.req_memory = "16G"
    """), ck, JH)

ptok = hx(64)
add("jupyterhub-config", "proxy-auth-token", "ansible/roles/jhub/templates/jupyterhub_config.py", d(f"""
    import sys
    c = get_config()  # noqa

    # external proxy started by systemd (configurable-http-proxy.service)
    c.JupyterHub.cleanup_servers = False
    c.ConfigurableHTTPProxy.should_start = False
    c.ConfigurableHTTPProxy.api_url = "http://127.0.0.1:8001"
    c.ConfigurableHTTPProxy.auth_token = "{ptok}"

    c.JupyterHub.authenticator_class = "nativeauthenticator.NativeAuthenticator"
    c.NativeAuthenticator.open_signup = False
    c.NativeAuthenticator.minimum_password_length = 12
    c.Authenticator.admin_users = {{"hubadmin"}}

    c.Spawner.default_url = "/lab"
    c.Spawner.cmd = [sys.executable, "-m", "jupyterhub.singleuser"]
    """), ptok, JH)

dpw = human_pw()
add("jupyterhub-config", "shared-dummy-password", "workshop/jupyterhub_config.py", d(f"""
    # Workshop hub for the 3-day bioimage analysis course (runs on the lab's GPU box).
    # Everyone logs in with their first name and the shared password handed out on day 1.
    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "dummy"
    c.DummyAuthenticator.password = "{dpw}"
    c.Authenticator.allow_all = True

    c.JupyterHub.spawner_class = "systemdspawner.SystemdSpawner"
    c.SystemdSpawner.dynamic_users = True
    c.SystemdSpawner.mem_limit = "12G"
    c.SystemdSpawner.cpu_limit = 4.0
    c.Spawner.default_url = "/lab/tree/course/day1.ipynb"
    """), dpw, JH)

decoy("jupyterhub-config", "env-lookups", "jupyterhub/config/jupyterhub_config.py", d("""
    import os

    c = get_config()  # noqa

    c.JupyterHub.authenticator_class = "generic-oauth"
    c.GenericOAuthenticator.client_id = os.environ["OAUTH_CLIENT_ID"]
    c.GenericOAuthenticator.client_secret = os.environ["OAUTH_CLIENT_SECRET"]
    c.GenericOAuthenticator.oauth_callback_url = os.environ["OAUTH_CALLBACK_URL"]
    c.GenericOAuthenticator.authorize_url = "https://keycloak.example.org/realms/lab/protocol/openid-connect/auth"
    c.GenericOAuthenticator.token_url = "https://keycloak.example.org/realms/lab/protocol/openid-connect/token"
    c.GenericOAuthenticator.userdata_url = "https://keycloak.example.org/realms/lab/protocol/openid-connect/userinfo"
    c.GenericOAuthenticator.username_claim = "preferred_username"
    c.JupyterHub.cookie_secret_file = "/srv/jupyterhub/jupyterhub_cookie_secret"
    c.ConfigurableHTTPProxy.auth_token = os.environ.get("CONFIGPROXY_AUTH_TOKEN", "")
    """), JH)

z2 = hx(64)
add("z2jh-values", "proxy-secret-token", "k8s/jupyterhub/config.yaml", d(f"""
    # Zero to JupyterHub values for the research computing hub
    proxy:
      secretToken: "{z2}"
      https:
        enabled: true
        hosts: [jupyter.rc.example.edu]
        letsencrypt:
          contactEmail: rc-admins@example.edu
    hub:
      config:
        JupyterHub:
          authenticator_class: azuread
        AzureAdOAuthenticator:
          client_id: 1b7c4e52-90aa-4f13-8d0e-6a3f2c9b7e11
          client_secret:
            valueFrom: azure-oauth-secret
          tenant_id: 72f988bf-86f1-41af-91ab-2d7cd011db47
    singleuser:
      image:
        name: ghcr.io/rc-example/hub-image
        tag: "2024.06.1"
      memory:
        limit: 8G
        guarantee: 2G
      storage:
        capacity: 20Gi
    """), z2, "https://z2jh.jupyter.org/en/stable/resources/reference.html")

decoy("z2jh-values", "existing-secret", "k8s/jupyterhub/values-staging.yaml", d("""
    proxy:
      service:
        type: ClusterIP
    hub:
      existingSecret: jhub-staging-secrets
      config:
        JupyterHub:
          authenticator_class: github
        GitHubOAuthenticator:
          oauth_callback_url: https://staging-hub.rc.example.edu/hub/oauth_callback
          allowed_organizations: [rc-example]
    singleuser:
      image:
        name: jupyter/scipy-notebook
        tag: "2023-10-20"
      cpu:
        limit: 2
    """), "z2jh docs")

jt = hx(48)
add("jupyter-server-config", "server-token", "remote/jupyter_server_config.py", d(f"""
    # ~/.jupyter/jupyter_server_config.py on the microscope workstation
    c = get_config()  # noqa

    c.ServerApp.ip = "0.0.0.0"
    c.ServerApp.port = 8890
    c.ServerApp.open_browser = False
    c.ServerApp.allow_remote_access = True
    c.ServerApp.root_dir = "D:/acquisitions"
    c.IdentityProvider.token = "{jt}"
    c.ServerApp.allow_origin = "*"
    c.FileContentsManager.delete_to_trash = False
    """), jt, "https://jupyter-server.readthedocs.io/en/latest/other/full-config.html")

ah = "argon2:$argon2id$v=19$m=10240,t=10,p=8$" + b64bytes(16).rstrip("=") + "$" + b64bytes(32).rstrip("=")
decoy("jupyter-server-config", "argon2-hash", ".jupyter/jupyter_server_config.py", d(f"""
    c = get_config()  # noqa
    # password set with `jupyter server password` (hashed, not the password itself)
    c.PasswordIdentityProvider.hashed_password = "{ah}"
    c.PasswordIdentityProvider.password_required = True
    c.ServerApp.ip = "127.0.0.1"
    c.ServerApp.port = 9999
    c.ServerApp.open_browser = False
    c.ServerApp.certfile = "/home/akim/.jupyter/certs/jupyter.pem"
    """), "https://jupyter-server.readthedocs.io/en/latest/operators/public-server.html")

# ---------------------------------------------------------------- conda
CONDA = "https://docs.conda.io/projects/conda/en/latest/user-guide/configuration/use-condarc.html"
ctok = rs(2, string.ascii_lowercase) + "-" + str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4))
add("condarc", "anaconda-channel-token", "envs/.condarc", d(f"""
    channels:
      - https://conda.anaconda.org/t/{ctok}/bioinfo-private
      - conda-forge
      - bioconda
    channel_priority: strict
    auto_activate_base: false
    envs_dirs:
      - /project/bioinfo/conda/envs
    pkgs_dirs:
      - /scratch/conda-pkgs
    show_channel_urls: true
    """), ctok, CONDA)

ppw = human_pw()
add("condarc", "proxy-password", "cluster/condarc", d(f"""
    # system-wide condarc for the login nodes (compute nodes reach the internet only via the proxy)
    channels:
      - conda-forge
      - nodefaults
    proxy_servers:
      http: http://svc-conda:{ppw}@webproxy.hpc.example.ac.uk:3128
      https: http://svc-conda:{ppw}@webproxy.hpc.example.ac.uk:3128
    ssl_verify: /etc/pki/tls/certs/ca-bundle.crt
    solver: libmamba
    always_yes: true
    """), ppw, CONDA)

decoy("condarc", "custom-channels", "docker/condarc", d("""
    channels:
      - conda-forge
      - pytorch
      - nvidia
    custom_channels:
      lab-internal: https://conda.lab.example.org
    channel_alias: https://conda.lab.example.org
    default_channels:
      - https://conda.lab.example.org/main
    repodata_threads: 4
    channel_priority: flexible
    """), CONDA)

decoy("conda-lock", "sha256-pins", "conda-lock.yml", d("""
    version: 1
    metadata:
      content_hash:
        linux-64: 5c0b1e7a9d3f2c8b4e6a1d0f7c3b9e5a2d8f4c6b1e7a3d9f5c2b8e4a6d0f1c7b
      channels:
      - url: conda-forge
        used_env_vars: []
      platforms:
      - linux-64
      sources:
      - environment.yml
    package:
    - name: numpy
      version: 1.26.4
      manager: conda
      platform: linux-64
      dependencies:
        libblas: '>=3.9.0,<4.0a0'
        python: '>=3.11,<3.12.0a0'
      url: https://conda.anaconda.org/conda-forge/linux-64/numpy-1.26.4-py311h64a7726_0.conda
      hash:
        md5: a502d7aad449a1206efb366d6a12c52d
        sha256: 3f4365e11b28e244c95ba8579942b0802761ba7bb31c026f50d1a9ea9c728149
      category: main
      optional: false
    """), "https://conda.github.io/conda-lock/output/")

# ---------------------------------------------------------------- object storage / transfer
ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("s3cfg", "secret-key", "tools/.s3cfg", d(f"""
    [default]
    access_key = {ak}
    secret_key = {sk}
    bucket_location = eu-west-1
    host_base = s3.eu-west-1.amazonaws.com
    host_bucket = %(bucket)s.s3.eu-west-1.amazonaws.com
    use_https = True
    signature_v2 = False
    multipart_chunk_size_mb = 64
    gpg_command = /usr/bin/gpg
    gpg_passphrase =
    encrypt = False
    """), sk, "https://s3tools.org/kb/item14.htm")

ceph_s = rs(40)
add("s3cfg", "ceph-rgw-secret", "storage/ceph.s3cfg", d(f"""
    [default]
    access_key = {rs(20, string.ascii_uppercase + string.digits)}
    secret_key = {ceph_s}
    host_base = objects.rc.example.edu
    host_bucket = objects.rc.example.edu
    use_https = True
    check_ssl_certificate = True
    check_ssl_hostname = True
    signature_v2 = False
    """), ceph_s, "s3cmd docs")

decoy("s3cfg", "empty-keys", "docs/templates/s3cfg.example", d("""
    # Copy to ~/.s3cfg and run `s3cmd --configure`, or fill in the keys from the portal.
    [default]
    access_key =
    secret_key =
    host_base = objects.rc.example.edu
    host_bucket = objects.rc.example.edu
    use_https = True
    """), "s3cmd docs")

RCLONE = "https://rclone.org/docs/"
ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("rclone-conf", "s3-secret", "rclone/rclone.conf", d(f"""
    [wasabi-lab]
    type = s3
    provider = Wasabi
    access_key_id = {rs(20, string.ascii_uppercase + string.digits)}
    secret_access_key = {sk}
    region = us-east-2
    endpoint = s3.us-east-2.wasabisys.com

    [scratch]
    type = local

    [gdrive-shared]
    type = drive
    scope = drive.readonly
    root_folder_id = 1AbCdEfGhIjKlMnOpQrStUvWxYz012345
    """), sk, RCLONE)

b2k = "K005" + rs(27, ALNUM)
add("rclone-conf", "b2-application-key", "backup/rclone-b2.conf", d(f"""
    # nightly backup of /data/microscopy to Backblaze (see cron.d/microscopy-backup)
    [b2]
    type = b2
    account = 005{hx(21)}
    key = {b2k}
    hard_delete = false

    [b2-crypt]
    type = crypt
    remote = b2:lab-microscopy-raw
    filename_encryption = off
    """), b2k, "https://rclone.org/b2/")

wtok = rs(32)
add("rclone-conf", "webdav-bearer-token", "sync/rclone.conf", d(f"""
    [nextcloud-lab]
    type = webdav
    url = https://cloud.lab.example.org/remote.php/dav/files/instrument-sync/
    vendor = nextcloud
    bearer_token = {wtok}

    [local-raw]
    type = alias
    remote = /mnt/instrument/raw
    """), wtok, "https://rclone.org/webdav/")

decoy("rclone-conf", "env-auth", "config/rclone.conf", d("""
    [aws]
    type = s3
    provider = AWS
    env_auth = true
    region = us-west-2
    acl = private

    [gcs]
    type = google cloud storage
    service_account_file = /etc/rclone/sa-readonly.json
    bucket_policy_only = true
    """), RCLONE)

ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("boto-config", "gs-hmac-secret", "legacy/.boto", d(f"""
    [Credentials]
    gs_access_key_id = GOOG1E{rs(55, string.ascii_uppercase + string.digits)}
    gs_secret_access_key = {sk}

    [Boto]
    https_validate_certificates = True

    [GSUtil]
    default_project_id = ecology-survey-2021
    parallel_composite_upload_threshold = 150M
    """), sk, "https://cloud.google.com/storage/docs/boto-gsutil")

st = fakes.aws_session_token(seed())
add("aws-credentials", "session-token", "notes/aws_credentials_copy", d(f"""
    [default]
    region = us-east-1

    [lab-sso]
    aws_access_key_id = ASIA{rs(16, B32)}
    aws_secret_access_key = {fakes.aws_secret_key(seed())}
    aws_session_token = {st}
    """), st, "https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-files.html")

decoy("aws-config", "sso-profile", "aws/config", d("""
    [profile lab-admin]
    sso_session = lab
    sso_account_id = 123456789012
    sso_role_name = AdministratorAccess
    region = us-east-1

    [sso-session lab]
    sso_start_url = https://lab-example.awsapps.com/start
    sso_region = us-east-1
    sso_registration_scopes = sso:account:access
    """), "https://docs.aws.amazon.com/cli/latest/userguide/sso-configure-profile-token.html")

mcs = rs(40)
add("minio-mc-config", "secret-key", "tools/mc/config.json", json.dumps({
    "version": "10",
    "aliases": {
        "gcs": {"url": "https://storage.googleapis.com", "accessKey": "YOUR-ACCESS-KEY-HERE", "secretKey": "YOUR-SECRET-KEY-HERE", "api": "S3v2", "path": "dns"},
        "labminio": {"url": "https://minio.lab.example.org:9000", "accessKey": "seqcore-uploader", "secretKey": mcs, "api": "s3v4", "path": "auto"},
        "local": {"url": "http://localhost:9000", "accessKey": "", "secretKey": "", "api": "S3v4", "path": "auto"},
    },
}, indent=4) + "\n", mcs, "https://min.io/docs/minio/linux/reference/minio-mc.html")

ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("dvc-config", "remote-secret-local", ".dvc/config.local", d(f"""
    ['remote "storage"']
        access_key_id = {ak}
        secret_access_key = {sk}
    ['remote "hpc"']
        user = dvcsync
        keyfile = ~/.ssh/id_dvc
    """), sk, "https://dvc.org/doc/user-guide/project-structure/configuration")

dpw2 = human_pw()
add("dvc-config", "webdav-password", "dataset-repo/.dvc/config", d(f"""
    [core]
        remote = owncloud
        autostage = true
    ['remote "owncloud"']
        url = webdavs://owncloud.uni.example.de/remote.php/dav/files/bio-dvc/dvcstore
        user = bio-dvc
        password = {dpw2}
    [cache]
        type = "reflink,symlink,copy"
        shared = group
    """), dpw2, "https://dvc.org/doc/user-guide/data-management/remote-storage/webdav")

decoy("dvc-config", "credential-path", "ml/.dvc/config", d("""
    [core]
        remote = gcs
    ['remote "gcs"']
        url = gs://vision-lab-dvc/cache
        credentialpath = ../secrets/dvc-sa.json
    ['remote "s3"']
        url = s3://vision-lab-dvc-mirror/cache
        profile = vision-lab
    """), "DVC docs")

decoy("dvc-lock", "md5-hashes", "dvc.lock", d("""
    schema: '2.0'
    stages:
      preprocess:
        cmd: python src/preprocess.py data/raw data/interim
        deps:
        - path: data/raw
          hash: md5
          md5: 7c3e1a9f5b2d8e4c6a0f1b7d3e9c5a2f.dir
          size: 48213377
          nfiles: 1200
        - path: src/preprocess.py
          hash: md5
          md5: 1e9d4b7a2c6f0e3b8a5d1c7f4e2b9a6d
          size: 3812
        outs:
        - path: data/interim
          hash: md5
          md5: 4a8c2e6f0b3d7a1e5c9f2b6d8a0e4c7f.dir
          size: 30177214
          nfiles: 1200
    """), "https://dvc.org/doc/user-guide/project-structure/dvcyaml-files")

decoy("dvc-file", "md5-of-output", "data/raw.dvc", d("""
    outs:
    - md5: 9b2e4d6f8a1c3e5b7d9f0a2c4e6b8d1f.dir
      size: 2281904532
      nfiles: 8412
      hash: md5
      path: raw
    meta:
      source: https://doi.org/10.5281/zenodo.7890123
    """), "DVC docs")

# ---------------------------------------------------------------- experiment tracking
wk = hx(40)
add("netrc", "wandb-api-key", "cluster-home/.netrc", d(f"""
    machine api.wandb.ai
      login user
      password {wk}
    machine urs.earthdata.nasa.gov
      login anonymous
      password anonymous@
    machine ftp.ncbi.nlm.nih.gov
      login anonymous
      password guest
    """), wk, "https://docs.wandb.ai/guides/track/environment-variables")

wk2 = "local-" + hx(40)
add("wandb-settings", "local-server-key", "wandb/settings", d(f"""
    [default]
    entity = vision-lab
    project = segmentation
    base_url = https://wandb.lab.example.org
    api_key = {wk2}
    mode = online
    """), wk2, "https://docs.wandb.ai/guides/hosting/")

decoy("wandb-settings", "offline-mode", "experiments/wandb/settings", d("""
    [default]
    entity = vision-lab
    project = segmentation-debug
    mode = offline
    disable_code = true
    ignore_globs = *.ckpt,*.pt
    """), "wandb docs")

decoy("wandb-metadata", "run-ids", "runs/wandb-metadata.json", json.dumps({
    "os": "Linux-5.14.0-362.el9.x86_64-x86_64-with-glibc2.34",
    "python": "3.11.8",
    "heartbeatAt": "2024-05-14T09:12:44.118203",
    "startedAt": "2024-05-14T09:12:41.522817",
    "program": "/home/okafor/src/train.py",
    "codePath": "train.py",
    "git": {"remote": "git@github.com:okafor-lab/imnet.git", "commit": "a91f3c07d4e2b85f6c1d9e0a7b3f2c4d8e5a6b1f"},
    "email": "m.okafor@physics.example.edu",
    "host": "gn04",
    "username": "okafor",
    "executable": "/home/okafor/miniforge3/envs/torch21/bin/python",
    "cpu_count": 64,
    "gpu": "NVIDIA A100-SXM4-80GB",
    "gpu_count": 4,
    "run_id": "3kq8x2vd",
    "sweep_id": "p7c2m9ta",
}, indent=2) + "\n", "wandb run files")

clk, cls = rs(24, string.ascii_uppercase + string.digits), rs(50, ALNUM)
add("clearml-conf", "secret-key", "clearml.conf", d(f"""
    # ClearML SDK configuration file
    api {{
        web_server: https://app.clear.ml
        api_server: https://api.clear.ml
        files_server: https://files.clear.ml
        credentials {{
            "access_key" = "{clk}"
            "secret_key" = "{cls}"
        }}
    }}
    sdk {{
        aws {{
            s3 {{
                region: ""
                key: ""
                secret: ""
            }}
        }}
        development {{
            task_reuse_time_window_in_hours: 72.0
            vcs_repo_detect_async: true
            store_uncommitted_code_diff: true
        }}
    }}
    """), cls, "https://clear.ml/docs/latest/docs/configs/clearml_conf/")

decoy("clearml-conf", "env-substitution", "agent/clearml.conf", d("""
    api {
        api_server: https://clearml-api.lab.example.org
        web_server: https://clearml.lab.example.org
        files_server: https://clearml-files.lab.example.org
        credentials {
            "access_key" = ${CLEARML_API_ACCESS_KEY}
            "secret_key" = ${CLEARML_API_SECRET_KEY}
        }
    }
    agent {
        package_manager.type: pip
        default_docker.image: nvidia/cuda:12.1.1-runtime-ubuntu22.04
        worker_name: gn03
    }
    """), "ClearML docs")

cmk = rs(25)
add("comet-config", "api-key", ".comet.config", d(f"""
    [comet]
    api_key = {cmk}
    workspace = proteomics-ml
    project_name = ms2-embeddings
    offline_directory = /scratch/comet-offline

    [comet_logging]
    file = /tmp/comet.log
    console = WARNING
    """), cmk, "https://www.comet.com/docs/v2/guides/experiment-management/configure-sdk/")

nep = base64.b64encode(json.dumps({"api_address": "https://app.neptune.ai", "api_url": "https://app.neptune.ai",
                                   "api_key": str(uuid.UUID(int=random.Random(seed()).getrandbits(128), version=4))}).encode()).decode()
add("python", "neptune-api-token", "src/cryoem/tracking.py", d(f'''
    """Experiment tracking for the 2D classification runs."""
    import neptune

    NEPTUNE_PROJECT = "cryo-lab/2d-class"
    NEPTUNE_API_TOKEN = "{nep}"


    def start_run(params: dict, tags=("2dclass",)):
        run = neptune.init_run(project=NEPTUNE_PROJECT, api_token=NEPTUNE_API_TOKEN, tags=list(tags))
        run["parameters"] = params
        return run


    def log_epoch(run, epoch: int, loss: float, resolution: float) -> None:
        run["train/loss"].append(loss, step=epoch)
        run["eval/resolution_A"].append(resolution, step=epoch)
    '''), nep, "https://docs.neptune.ai/setup/setting_api_token/")

mlp = human_pw()
add("dotenv", "mlflow-password", "mlops/.env", d(f"""
    # mlflow tracking server behind nginx basic auth
    MLFLOW_TRACKING_URI=https://mlflow.lab.example.org
    MLFLOW_TRACKING_USERNAME=trainer
    MLFLOW_TRACKING_PASSWORD={mlp}
    MLFLOW_EXPERIMENT_NAME=protein-lm
    MLFLOW_S3_ENDPOINT_URL=https://minio.lab.example.org:9000
    CUDA_VISIBLE_DEVICES=0,1
    """), mlp, "https://mlflow.org/docs/latest/auth/index.html")

decoy("dotenv", "example-values", "mlops/.env.example", d("""
    # copy to .env and fill in
    MLFLOW_TRACKING_URI=https://mlflow.lab.example.org
    MLFLOW_TRACKING_USERNAME=
    MLFLOW_TRACKING_PASSWORD=
    WANDB_API_KEY=your-wandb-key
    HF_TOKEN=hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx
    CUDA_VISIBLE_DEVICES=0
    """), "dotenv convention")

# ---------------------------------------------------------------- research data APIs
rc = hx(32, upper=True)
add("python", "redcap-api-token", "analysis/pull_redcap.py", d(f'''
    """Export the baseline visit instrument from REDCap into a parquet file."""
    import pandas as pd
    import requests

    API_URL = "https://redcap.med.example.edu/api/"
    TOKEN = "{rc}"  # project 4471 (COHORT-2), export rights only

    def export_records(forms=("baseline_visit", "demographics")):
        data = {{
            "token": TOKEN,
            "content": "record",
            "format": "json",
            "type": "flat",
            "forms[0]": forms[0],
            "forms[1]": forms[1],
            "rawOrLabel": "raw",
            "exportDataAccessGroups": "true",
            "returnFormat": "json",
        }}
        r = requests.post(API_URL, data=data, timeout=60)
        r.raise_for_status()
        return pd.DataFrame(r.json())

    if __name__ == "__main__":
        export_records().to_parquet("data/baseline.parquet")
    '''), rc, "https://redcap.vanderbilt.edu/api/help/")

rc2 = hx(32, upper=True)
add("renviron", "redcap-token", "project/.Renviron", d(f"""
    R_LIBS_USER=~/R/library/4.3
    REDCAP_URI=https://redcap.med.example.edu/api/
    REDCAP_TOKEN_COHORT2={rc2}
    RETICULATE_PYTHON=~/miniforge3/envs/r-reticulate/bin/python
    _R_CHECK_FORCE_SUGGESTS_=false
    """), rc2, "https://cran.r-project.org/web/packages/REDCapR/vignettes/workflow-read.html")

qk = rs(40)
add("r-script", "qualtrics-api-key", "survey/01_download.R", d(f"""
    # Download the wave-3 responses and save a raw snapshot
    library(qualtRics)
    library(dplyr)
    library(readr)

    qualtrics_api_credentials(
      api_key = "{qk}",
      base_url = "ca1.qualtrics.com",
      install = FALSE
    )

    surveys <- all_surveys()
    wave3 <- surveys %>% filter(name == "Sleep & Mood Wave 3")
    resp <- fetch_survey(surveyID = wave3$id, verbose = TRUE, label = FALSE, convert = FALSE)
    write_rds(resp, file.path("data", "raw", paste0("wave3_", Sys.Date(), ".rds")))
    """), qk, "https://docs.ropensci.org/qualtRics/")

decoy("r-script", "keyring-lookup", "survey/00_setup.R", d("""
    library(qualtRics)
    library(keyring)
    # store once with keyring::key_set("qualtrics", username = Sys.getenv("USER"))
    qualtrics_api_credentials(
      api_key = key_get("qualtrics", username = Sys.getenv("USER")),
      base_url = "ca1.qualtrics.com"
    )
    token <- Sys.getenv("REDCAP_TOKEN_COHORT2")
    stopifnot(nzchar(token))
    """), "qualtRics / keyring docs")

osf = rs(70)
add("osfcli-config", "osf-token", "replication/.osfcli.config", d(f"""
    [osf]
    username = j.lindqvist@psych.example.se
    project = 7xk2q
    token = {osf}
    # upload the preregistered analysis outputs with `osf upload -r results/ results/`
    """), osf, "https://osfclient.readthedocs.io/en/latest/cli-usage.html")

zt = rs(60)
add("shell-script", "zenodo-token", "release/upload_zenodo.sh", d(f"""
    #!/usr/bin/env bash
    # Upload the archive for the paper's data deposit (sandbox first, then production)
    set -euo pipefail
    ZENODO_TOKEN={zt}
    DEP=$(curl -s -H "Content-Type: application/json" -X POST \\
      "https://zenodo.org/api/deposit/depositions?access_token=$ZENODO_TOKEN" -d '{{}}' | jq -r .id)
    BUCKET=$(curl -s "https://zenodo.org/api/deposit/depositions/$DEP?access_token=$ZENODO_TOKEN" | jq -r .links.bucket)
    for f in dist/*.tar.gz; do
      curl --progress-bar -o /dev/null --upload-file "$f" "$BUCKET/$(basename "$f")?access_token=$ZENODO_TOKEN"
    done
    curl -s -H "Content-Type: application/json" -X PUT \\
      "https://zenodo.org/api/deposit/depositions/$DEP?access_token=$ZENODO_TOKEN" -d @.zenodo.json
    echo "draft deposition $DEP ready for review"
    """), zt, "https://developers.zenodo.org/")

decoy("zenodo-json", "metadata", ".zenodo.json", json.dumps({
    "title": "Code and data for: Sleep fragmentation predicts next-day affect",
    "upload_type": "software",
    "description": "Analysis code, preregistration and derived data.",
    "creators": [{"name": "Lindqvist, Johanna", "affiliation": "Example University", "orcid": "0000-0002-1825-0097"},
                 {"name": "Park, Daniel", "affiliation": "Example University", "orcid": "0000-0001-5109-3700"}],
    "keywords": ["sleep", "ecological momentary assessment"],
    "license": "MIT",
    "related_identifiers": [{"identifier": "10.31234/osf.io/7xk2q", "relation": "isSupplementTo", "scheme": "doi"}],
    "grants": [{"id": "10.13039/501100004359::2019-01234"}],
}, indent=2) + "\n", "https://developers.zenodo.org/#representation")

fs = hx(128)
add("python", "figshare-token", "scripts/figshare_upload.py", d(f'''
    import hashlib
    import os
    import requests

    BASE = "https://api.figshare.com/v2"
    HEADERS = {{"Authorization": "token {fs}"}}
    CHUNK = 1 << 20

    def create_article(title):
        r = requests.post(f"{{BASE}}/account/articles", headers=HEADERS, json={{"title": title, "defined_type": "dataset"}})
        r.raise_for_status()
        return r.json()["entity_id"]

    def upload(article_id, path):
        md5 = hashlib.md5(open(path, "rb").read()).hexdigest()
        body = {{"name": os.path.basename(path), "md5": md5, "size": os.path.getsize(path)}}
        r = requests.post(f"{{BASE}}/account/articles/{{article_id}}/files", headers=HEADERS, json=body)
        r.raise_for_status()
        return r.json()["location"]
    '''), fs, "https://docs.figshare.com/#upload_files")

decoy("cff", "citation", "CITATION.cff", d("""
    cff-version: 1.2.0
    message: "If you use this software, please cite it as below."
    title: "spikesort-lite"
    version: 2.3.1
    doi: 10.5281/zenodo.8123456
    date-released: 2024-03-18
    authors:
      - family-names: Nakamura
        given-names: Aiko
        orcid: "https://orcid.org/0000-0003-1415-9269"
    repository-code: "https://github.com/nakamura-lab/spikesort-lite"
    license: BSD-3-Clause
    """), "https://citation-file-format.github.io/")

decoy("manifest-tsv", "md5-checksums", "data/MANIFEST.tsv", d("""
    filename\tbytes\tmd5\tsubject\tsession
    sub-01_ses-01_T1w.nii.gz\t13422841\t5d41402abc4b2a76b9719d911017c592\tsub-01\tses-01
    sub-01_ses-01_bold.nii.gz\t210331978\t7d793037a0760186574b0282f2f435e7\tsub-01\tses-01
    sub-02_ses-01_T1w.nii.gz\t13198022\t6f8db599de986fab7a21625b7916589c\tsub-02\tses-01
    sub-02_ses-01_bold.nii.gz\t208877310\te4d909c290d0fb1ca068ffaddf22cbd0\tsub-02\tses-01
    participants.tsv\t412\t098f6bcd4621d373cade4e832627b4f6\t-\t-
    """), "BIDS data sharing conventions")

decoy("datapackage-json", "sha256-hashes", "datapackage.json", json.dumps({
    "profile": "tabular-data-package",
    "name": "lake-temperature-2023",
    "licenses": [{"name": "CC-BY-4.0"}],
    "resources": [
        {"name": "buoy-readings", "path": "data/buoy_readings.csv", "format": "csv", "bytes": 1833312,
         "hash": "sha256:8f434346648f6b96df89dda901c5176b10a6d83961dd3c1ac88b59b2dc327aa4",
         "schema": {"fields": [{"name": "ts", "type": "datetime"}, {"name": "depth_m", "type": "number"}, {"name": "temp_c", "type": "number"}]}},
        {"name": "stations", "path": "data/stations.csv", "format": "csv", "bytes": 2210,
         "hash": "sha256:2c26b46b68ffc68ff99b453c1d30413413422d706483bfa0f98a5e886266e7ae"},
    ],
}, indent=2) + "\n", "https://specs.frictionlessdata.io/data-package/")


def notebook(cells: list) -> str:
    nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
                                       "language_info": {"name": "python", "version": "3.11.8"}}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1) + "\n"


def code(src: str, outputs: Optional[list] = None, n: int = 1) -> dict:
    lines = src.strip("\n").split("\n")
    return {"cell_type": "code", "execution_count": n, "id": hx(8), "metadata": {}, "outputs": outputs or [],
            "source": [line + "\n" for line in lines[:-1]] + [lines[-1]]}


def md(src: str) -> dict:
    return {"cell_type": "markdown", "id": hx(8), "metadata": {}, "source": [src]}


def stream(text: str) -> dict:
    return {"name": "stdout", "output_type": "stream", "text": [text]}


# ---------------------------------------------------------------- notebooks
zt2 = rs(60)
add("ipynb", "zenodo-token-in-cell", "notebooks/03_deposit_data.ipynb", notebook([
    md("# Deposit processed data on Zenodo"),
    code('import requests\nACCESS_TOKEN = "%s"\nparams = {"access_token": ACCESS_TOKEN}' % zt2, n=1),
    code('r = requests.get("https://zenodo.org/api/deposit/depositions", params=params)\nr.status_code', 
         [{"data": {"text/plain": ["200"]}, "execution_count": 2, "metadata": {}, "output_type": "execute_result"}], n=2),
]), zt2, "https://developers.zenodo.org/#quickstart-upload")

awsk = fakes.aws_secret_key(seed())
add("ipynb", "aws-secret-in-output", "supplementary/notebooks/fig3_reproduce.ipynb", notebook([
    md("## Figure 3: reproduce from the public bucket"),
    code("import boto3, os\nsession = boto3.Session(profile_name='lab')\ncreds = session.get_credentials()\nprint(creds.access_key, creds.secret_key)",
         [stream(f"{fakes.aws_key_id(seed())} {awsk}\n")], n=1),
    code("s3 = session.client('s3')\nobj = s3.get_object(Bucket='fig3-data', Key='traces.npz')", n=2),
]), awsk, "nbformat docs")

decoy("ipynb", "getpass-and-image", "notebooks/01_explore.ipynb", notebook([
    md("# Explore the sensor logs"),
    code("from getpass import getpass\nimport os\ntoken = os.environ.get('INFLUX_TOKEN') or getpass('InfluxDB token: ')", n=1),
    code("import matplotlib.pyplot as plt\nplt.plot([1, 2, 3], [2, 4, 3])",
         [{"data": {"image/png": "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==",
                    "text/plain": ["<Figure size 640x480 with 1 Axes>"]}, "metadata": {}, "output_type": "display_data"}], n=2),
]), "nbformat docs")

decoy("ipynb", "commit-and-uuid-output", "notebooks/00_provenance.ipynb", notebook([
    md("Provenance of this analysis"),
    code("import subprocess, uuid\nprint(subprocess.check_output(['git', 'rev-parse', 'HEAD']).decode().strip())\nprint(uuid.uuid4())",
         [stream("e3b0c44298fc1c149afbf4c8996fb92427ae41e4\n9f1c2a7e-4b3d-4c8e-a1f6-7d2e9b0c5a34\n")], n=1),
]), "nbformat docs")

# ---------------------------------------------------------------- iRODS / Globus
ipw = human_pw()
add("python", "irods-password", "pipelines/irods_ingest.py", d(f'''
    """Register sequencer run folders in iRODS and attach AVU metadata."""
    import os
    import sys

    from irods.session import iRODSSession

    ZONE = "seqZone"

    def session():
        return iRODSSession(host="irods.seq.example.org", port=1247, user="svc_ingest",
                            password="{ipw}", zone=ZONE)

    def ingest(run_dir):
        coll = f"/{{ZONE}}/home/svc_ingest/runs/{{os.path.basename(run_dir)}}"
        with session() as s:
            s.collections.create(coll)
            for name in os.listdir(run_dir):
                s.data_objects.put(os.path.join(run_dir, name), f"{{coll}}/{{name}}")
            s.collections.get(coll).metadata.add("instrument", "NovaSeqX-01")

    if __name__ == "__main__":
        ingest(sys.argv[1])
    '''), ipw, "https://github.com/irods/python-irodsclient")

decoy("irods-environment", "no-password", "config/irods_environment.json", json.dumps({
    "irods_host": "irods.seq.example.org",
    "irods_port": 1247,
    "irods_user_name": "jdoe",
    "irods_zone_name": "seqZone",
    "irods_authentication_scheme": "pam_password",
    "irods_client_server_policy": "CS_NEG_REQUIRE",
    "irods_encryption_algorithm": "AES-256-CBC",
    "irods_encryption_key_size": 32,
    "irods_encryption_num_hash_rounds": 16,
    "irods_encryption_salt_size": 8,
    "irods_ssl_verify_server": "cert",
    "irods_ssl_ca_certificate_file": "/etc/pki/tls/certs/ca-bundle.crt",
}, indent=4) + "\n", "https://docs.irods.org/4.3.1/system_overview/configuration/")

gs2 = b64bytes(33)
add("python", "globus-confidential-client", "transfer/nightly_sync.py", d(f'''
    import globus_sdk

    CLIENT_ID = "c4f1b2a7-9e3d-4b5c-8a6f-0d1e2f3a4b5c"
    CLIENT_SECRET = "{gs2}"
    SRC = "6c54cade-bde5-45c1-bdea-f4bd71dba2cc"   # beamline DTN collection
    DST = "b3a1f7e2-5c4d-4e8b-9f0a-1d2c3b4a5e6f"   # campus archive collection

    def client():
        app = globus_sdk.ConfidentialAppAuthClient(CLIENT_ID, CLIENT_SECRET)
        authz = globus_sdk.ClientCredentialsAuthorizer(app, globus_sdk.TransferClient.scopes.all)
        return globus_sdk.TransferClient(authorizer=authz)

    def sync(path):
        tc = client()
        tdata = globus_sdk.TransferData(tc, SRC, DST, label="nightly", sync_level="checksum")
        tdata.add_item(path, path, recursive=True)
        return tc.submit_transfer(tdata)["task_id"]
    '''), gs2, "https://globus-sdk-python.readthedocs.io/en/stable/examples/client_credentials.html")

decoy("python", "globus-collection-uuids", "transfer/endpoints.py", d('''
    """Globus collection IDs used by the lab (public identifiers, listed in the Globus web app)."""
    COLLECTIONS = {
        "beamline-dtn": "6c54cade-bde5-45c1-bdea-f4bd71dba2cc",
        "campus-archive": "b3a1f7e2-5c4d-4e8b-9f0a-1d2c3b4a5e6f",
        "hpc-scratch": "e8a9c3d1-2f4b-4a6c-8d0e-7b5f3a1c9e2d",
    }
    NATIVE_APP_CLIENT_ID = "7414f0b4-7d05-4bb6-bb00-076fa3f17cf5"
    SCOPES = ["urn:globus:auth:scope:transfer.api.globus.org:all"]
    '''), "Globus docs")

# ---------------------------------------------------------------- ELN / LIMS / instruments
bk = "sk_" + rs(30)
add("python", "benchling-api-key", "lims/benchling_sync.py", d(f'''
    from benchling_sdk.auth.api_key_auth import ApiKeyAuth
    from benchling_sdk.benchling import Benchling

    TENANT = "https://acme-bio.benchling.com"
    benchling = Benchling(url=TENANT, auth_method=ApiKeyAuth("{bk}"))

    PLASMID_SCHEMA = "ts_Pl4sm1d0"
    FOLDER = "lib_9f2KxQ"


    def new_plasmids(since):
        for page in benchling.dna_sequences.list(schema_id=PLASMID_SCHEMA, modified_at=f"> {{since}}"):
            for seq in page:
                yield seq.name, seq.bases
    '''), bk, "https://docs.benchling.com/docs/getting-started-with-the-sdk")

ela = "3-" + hx(84)
add("yaml-config", "elabftw-api-key", "eln/elabftw.yml", d(f"""
    # config for the instrument -> eLabFTW uploader (runs on the plate reader PC)
    elabftw:
      url: https://eln.lab.example.org/api/v2
      api_key: "{ela}"
      verify_ssl: true
      default_category: 5
    watch:
      folder: "C:/Users/Public/Documents/Gen5 Exports"
      pattern: "*.xlsx"
      poll_seconds: 30
    tags: [plate-reader, synergy-h1]
    """), ela, "https://doc.elabftw.net/api/v2/")

lapw = human_pw()
add("ini-config", "labarchives-password", "eln/labarchives.ini", d(f"""
    [api]
    base_url = https://api.labarchives.com/api
    akid = example_university_rc
    password = {lapw}
    # the access key id above is issued per institution; user tokens are fetched at runtime

    [notebook]
    name = Cryo-EM Facility 2024
    folder = Grid screening
    """), lapw, "https://mynotebook.labarchives.com/share/LabArchives%20API")

decoy("python", "pyvisa-instrument", "instruments/keithley_iv.py", d('''
    """I-V sweep on the Keithley 2450 over GPIB."""
    import numpy as np
    import pyvisa

    RESOURCE = "GPIB0::18::INSTR"
    SERIAL = "04471234"          # instrument serial number (front panel)
    CAL_ID = "KT2450-CAL-2024-03-11"

    def sweep(v_start=-1.0, v_stop=1.0, n=201, compliance=0.01):
        rm = pyvisa.ResourceManager()
        smu = rm.open_resource(RESOURCE)
        smu.write("*RST")
        smu.write(f"SOUR:VOLT:ILIM {compliance}")
        out = []
        for v in np.linspace(v_start, v_stop, n):
            smu.write(f"SOUR:VOLT {v}")
            out.append(float(smu.query("MEAS:CURR?")))
        smu.write("OUTP OFF")
        return np.array(out)
    '''), "https://pyvisa.readthedocs.io/")

decoy("python", "opentrons-protocol", "protocols/serial_dilution.py", d('''
    from opentrons import protocol_api

    metadata = {
        "protocolName": "Serial dilution 1:2 x 11",
        "author": "Bio Core <biocore@example.edu>",
        "apiLevel": "2.15",
    }

    def run(protocol: protocol_api.ProtocolContext):
        tips = protocol.load_labware("opentrons_96_tiprack_300ul", 1)
        plate = protocol.load_labware("corning_96_wellplate_360ul_flat", 2)
        reservoir = protocol.load_labware("nest_12_reservoir_15ml", 3)
        p300 = protocol.load_instrument("p300_multi_gen2", "left", tip_racks=[tips])
        p300.transfer(100, reservoir["A1"], plate.rows()[0][1:])
        p300.transfer(100, plate.rows()[0][:11], plate.rows()[0][1:], mix_after=(3, 50))
    '''), "https://docs.opentrons.com/v2/")

mtok = rs(40)
add("matlab", "lims-bearer-token", "instruments/push_to_lims.m", d(f"""
    function push_to_lims(sampleId, resultsTable)
    % PUSH_TO_LIMS  Upload a results table to the core facility LIMS.
    %   push_to_lims('S-2024-0193', T)
    url = 'https://lims.core.example.edu/api/v1/samples/';
    opts = weboptions('MediaType', 'application/json', ...
        'HeaderFields', {{'Authorization', 'Bearer {mtok}'}}, ...
        'Timeout', 30);
    payload = struct('sample', sampleId, 'results', table2struct(resultsTable));
    resp = webwrite([url sampleId '/results'], payload, opts);
    fprintf('LIMS accepted %d rows (job %s)\\n', height(resultsTable), resp.job_id);
    end
    """), mtok, "https://www.mathworks.com/help/matlab/ref/weboptions.html")

decoy("matlab", "getenv", "instruments/lims_config.m", d("""
    function cfg = lims_config()
    % LIMS_CONFIG  Connection settings; the token comes from the environment.
    cfg.url = 'https://lims.core.example.edu/api/v1/';
    cfg.token = getenv('LIMS_TOKEN');
    if isempty(cfg.token)
        error('Set LIMS_TOKEN (see README, "Tokens")');
    end
    cfg.timeout = 30;
    end
    """), "MATLAB docs")

tg = fakes.telegram_token(seed())
add("python", "telegram-bot-token", "monitoring/freezer_alarm.py", d(f'''
    """-80 freezer monitor: reads the probe over serial and pings the lab Telegram group."""
    import time
    import requests
    import serial

    BOT = "{tg}"
    CHAT_ID = -1001877345512
    LIMIT_C = -65.0

    def alert(text):
        requests.post(f"https://api.telegram.org/bot{{BOT}}/sendMessage", data={{"chat_id": CHAT_ID, "text": text}}, timeout=10)

    with serial.Serial("/dev/ttyUSB0", 9600, timeout=2) as probe:
        while True:
            t = float(probe.readline().decode().strip() or "nan")
            if t > LIMIT_C:
                alert(f"Freezer B2 at {{t:.1f}} C")
            time.sleep(60)
    '''), tg, "https://core.telegram.org/bots/api")

pu = rs(30, string.ascii_lowercase + string.digits)
add("python", "pushover-app-token", "monitoring/ln2_level.py", d(f'''
    import http.client
    import os
    import urllib.parse

    PUSHOVER_TOKEN = "{pu}"
    PUSHOVER_USER = os.environ["PUSHOVER_GROUP"]   # cryo on-call group

    def notify(msg, priority=1):
        conn = http.client.HTTPSConnection("api.pushover.net:443")
        conn.request("POST", "/1/messages.json",
                     urllib.parse.urlencode({{"token": PUSHOVER_TOKEN, "user": PUSHOVER_USER,
                                             "message": msg, "priority": priority}}),
                     {{"Content-type": "application/x-www-form-urlencoded"}})
        return conn.getresponse().status
    '''), pu, "https://pushover.net/api")

# ---------------------------------------------------------------- MQTT / mosquitto / paho
MOSQ = "https://mosquitto.org/man/mosquitto-conf-5.html"
bpw = gen_pw()
add("mosquitto-conf", "bridge-remote-password", "mosquitto/config/mosquitto.conf", d(f"""
    persistence true
    persistence_location /mosquitto/data/
    log_dest file /mosquitto/log/mosquitto.log

    listener 1883
    allow_anonymous false
    password_file /mosquitto/config/passwd
    acl_file /mosquitto/config/acl

    # bridge the greenhouse sensors up to the department broker
    connection dept-bridge
    address mqtt.agri.example.edu:8883
    bridge_cafile /etc/ssl/certs/ca-certificates.crt
    remote_clientid greenhouse-3
    remote_username greenhouse3
    remote_password {bpw}
    topic greenhouse/# out 1 "" site/gh3/
    """), bpw, MOSQ)

decoy("mosquitto-conf", "password-file-path", "iot/broker/mosquitto.conf", d("""
    listener 8883
    certfile /etc/mosquitto/certs/server.crt
    keyfile /etc/mosquitto/certs/server.key
    cafile /etc/mosquitto/certs/ca.crt
    require_certificate false
    allow_anonymous false
    password_file /etc/mosquitto/passwd
    per_listener_settings false
    max_queued_messages 1000
    """), MOSQ)

def mosq_hash() -> str:
    return "$7$101$" + b64bytes(12) + "$" + b64bytes(64)


decoy("mosquitto-passwd", "pbkdf2-hashes", "mosquitto/config/passwd", "".join(
    f"{u}:{mosq_hash()}\n" for u in ["homeassistant", "zigbee2mqtt", "esphome", "nodered", "tasmota"]), "https://mosquitto.org/man/mosquitto_passwd-1.html")

pahopw = human_pw()
add("python", "paho-mqtt-password", "sensors/publish_bme280.py", d(f'''
    """Publish BME280 readings from the Pi Zero in the growth chamber."""
    import json
    import time

    import board
    import paho.mqtt.client as mqtt
    from adafruit_bme280 import basic as adafruit_bme280

    BROKER = "192.168.50.10"
    TOPIC = "lab/chamber2/env"

    sensor = adafruit_bme280.Adafruit_BME280_I2C(board.I2C())
    client = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id="chamber2-pi")
    client.username_pw_set("chamber2", "{pahopw}")
    client.connect(BROKER, 1883, keepalive=60)
    client.loop_start()

    while True:
        payload = {{"t": round(sensor.temperature, 2), "rh": round(sensor.relative_humidity, 1),
                   "p": round(sensor.pressure, 1), "ts": int(time.time())}}
        client.publish(TOPIC, json.dumps(payload), qos=1, retain=True)
        time.sleep(30)
    '''), pahopw, "https://eclipse.dev/paho/files/paho.mqtt.python/html/client.html")

murl_pw = redis_like = fakes.redis_password(seed())
add("python", "mqtt-url-password", "sensors/gateway_config.py", d(f'''
    """Settings for the LoRa -> MQTT gateway service."""
    from dataclasses import dataclass

    MQTT_URL = "mqtts://gateway01:{murl_pw}@mqtt.farm.example.net:8883"
    SERIAL_PORT = "/dev/ttyAMA0"
    BAUD = 115200

    @dataclass
    class Channel:
        freq_mhz: float
        sf: int

    CHANNELS = [Channel(868.1, 7), Channel(868.3, 7), Channel(868.5, 9)]
    '''), murl_pw, "MQTT URI convention (paho / gmqtt)")

decoy("python", "mqtt-env", "sensors/mqtt_settings.py", d('''
    import os

    MQTT_HOST = os.getenv("MQTT_HOST", "localhost")
    MQTT_PORT = int(os.getenv("MQTT_PORT", "1883"))
    MQTT_USER = os.getenv("MQTT_USER")
    MQTT_PASSWORD = os.getenv("MQTT_PASSWORD")
    MQTT_TLS_CA = os.getenv("MQTT_TLS_CA", "/etc/ssl/certs/ca-certificates.crt")
    TOPIC_PREFIX = "lab/sensors"
    '''), "paho docs")

# ---------------------------------------------------------------- Home Assistant
HA = "https://www.home-assistant.io/docs/configuration/secrets/"
hapw = human_pw()
add("ha-secrets", "mqtt-password", "homeassistant/secrets.yaml", d(f"""
    # Use this file to store secrets like usernames and passwords.
    # Learn more at https://www.home-assistant.io/docs/configuration/secrets/
    latitude: 52.3731
    longitude: 4.8922
    elevation: 2
    mqtt_username: homeassistant
    mqtt_password: "{hapw}"
    influx_host: 192.168.1.20
    """), hapw, HA)

owm = hx(32)
add("ha-secrets", "openweathermap-key", "config/secrets.yaml", d(f"""
    home_latitude: 47.3769
    home_longitude: 8.5417
    openweathermap_api_key: {owm}
    camera_front_url: rtsp://192.168.2.41:554/h264Preview_01_main
    notify_email: haus@example.ch
    """), owm, HA)

decoy("ha-configuration", "secret-refs", "homeassistant/configuration.yaml", d("""
    homeassistant:
      name: Home
      latitude: !secret latitude
      longitude: !secret longitude
      unit_system: metric
      time_zone: Europe/Amsterdam

    default_config:

    http:
      use_x_forwarded_for: true
      trusted_proxies: [172.30.33.0/24]

    influxdb:
      api_version: 2
      host: !secret influx_host
      port: 8086
      token: !secret influx_token
      organization: home
      bucket: ha

    automation: !include automations.yaml
    script: !include scripts.yaml
    scene: !include scenes.yaml
    """), "https://www.home-assistant.io/docs/configuration/")

hatok = jwt({"iss": hx(32), "iat": 1716102011, "exp": 2031462011})
add("appdaemon-yaml", "ha-long-lived-token", "appdaemon/appdaemon.yaml", d(f"""
    ---
    secrets: /config/secrets.yaml
    appdaemon:
      latitude: 52.379189
      longitude: 4.899431
      elevation: 2
      time_zone: Europe/Amsterdam
      plugins:
        HASS:
          type: hass
          ha_url: http://192.168.1.10:8123
          token: {hatok}
    http:
      url: http://0.0.0.0:5050
    admin:
    api:
    hadashboard:
    """), hatok, "https://appdaemon.readthedocs.io/en/latest/CONFIGURE.html")

hatok2 = jwt({"iss": hx(32), "iat": 1709251200, "exp": 2024611200})
add("python", "ha-rest-token", "scripts/ha_toggle_heater.py", d(f'''
    #!/usr/bin/env python3
    """Turn the incubator room heater on/off through Home Assistant's REST API."""
    import sys
    import requests

    HA = "http://homeassistant.local:8123"
    HEADERS = {{
        "Authorization": "Bearer {hatok2}",
        "content-type": "application/json",
    }}

    def call(service, entity):
        r = requests.post(f"{{HA}}/api/services/switch/{{service}}", headers=HEADERS, json={{"entity_id": entity}}, timeout=10)
        r.raise_for_status()

    if __name__ == "__main__":
        call("turn_on" if sys.argv[1] == "on" else "turn_off", "switch.incubator_heater")
    '''), hatok2, "https://developers.home-assistant.io/docs/api/rest/")

decoy("ha-automations", "entity-ids", "homeassistant/automations.yaml", d("""
    - id: '1701459032118'
      alias: Freezer warning
      trigger:
        - platform: numeric_state
          entity_id: sensor.freezer_b2_temperature
          above: -65
          for: {minutes: 10}
      action:
        - service: notify.mobile_app_pixel_7
          data:
            message: "Freezer B2 is at {{ states('sensor.freezer_b2_temperature') }} C"
    - id: '1701459877345'
      alias: Lights off at night
      trigger:
        - platform: time
          at: '23:30:00'
      action:
        - service: light.turn_off
          target: {area_id: lab_bench}
    """), "https://www.home-assistant.io/docs/automation/yaml/")

decoy("ha-secrets", "placeholders", "docs/example_secrets.yaml", d("""
    # example secrets.yaml -- copy to /config/secrets.yaml and replace every value
    mqtt_username: CHANGE_ME
    mqtt_password: CHANGE_ME
    influx_token: <your influxdb token>
    wifi_ssid: <ssid>
    wifi_password: <wifi password>
    """), HA)

# ---------------------------------------------------------------- ESPHome
ESPH = "https://esphome.io/components/api.html"
ek = b64bytes(32)
add("esphome-yaml", "api-encryption-key", "esphome/greenhouse-node.yaml", d(f"""
    esphome:
      name: greenhouse-node
      friendly_name: Greenhouse node

    esp32:
      board: esp32dev
      framework:
        type: arduino

    logger:

    api:
      encryption:
        key: "{ek}"

    ota:
      - platform: esphome
        password: !secret ota_password

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password

    i2c:
      sda: 21
      scl: 22

    sensor:
      - platform: bme280_i2c
        temperature:
          name: "Greenhouse temperature"
        humidity:
          name: "Greenhouse humidity"
        address: 0x76
        update_interval: 60s
    """), ek, ESPH)

otap = hx(32)
add("esphome-yaml", "ota-password", "esphome/plug-fridge.yaml", d(f"""
    substitutions:
      name: plug-fridge

    esphome:
      name: ${{name}}

    esp8266:
      board: esp01_1m

    api:
      encryption:
        key: !secret api_key

    ota:
      - platform: esphome
        password: "{otap}"

    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
      ap:
        ssid: "${{name}} Fallback"

    switch:
      - platform: gpio
        name: "Fridge relay"
        pin: GPIO12
    """), otap, "https://esphome.io/components/ota/esphome.html")

wpw = passphrase()
add("esphome-yaml", "wifi-password", "esphome/co2-monitor.yaml", d(f"""
    esphome:
      name: co2-monitor
    esp32:
      board: lolin_s2_mini
    logger:
      level: WARN
    api:
    wifi:
      ssid: "LabIoT"
      password: "{wpw}"
      fast_connect: true
    uart:
      rx_pin: GPIO16
      tx_pin: GPIO17
      baud_rate: 9600
    sensor:
      - platform: mhz19
        co2:
          name: "CO2 office 2.14"
        update_interval: 30s
    """), wpw, "https://esphome.io/components/wifi.html")

ewpw = human_pw()
add("esphome-secrets", "wifi-password", "esphome/secrets.yaml", d(f"""
    # Your Wi-Fi SSID and password
    wifi_ssid: "Lindqvist-2G"
    wifi_password: "{ewpw}"
    # ota password and api keys are generated per node by `esphome wizard` and live in each node file
    domain: .iot.lan
    timezone: Europe/Stockholm
    """), ewpw, "https://esphome.io/guides/faq.html#tips-for-using-esphome")

decoy("esphome-yaml", "all-secret-refs", "esphome/door-sensor.yaml", d("""
    esphome:
      name: door-sensor
      friendly_name: Cold room door
    esp32:
      board: esp32-c3-devkitm-1
    api:
      encryption:
        key: !secret api_encryption_key
    ota:
      - platform: esphome
        password: !secret ota_password
    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
    binary_sensor:
      - platform: gpio
        pin: {number: GPIO4, mode: INPUT_PULLUP, inverted: true}
        name: "Cold room door"
        device_class: door
    """), ESPH)

decoy("esphome-yaml", "package-substitutions", "esphome/common/base.yaml", d("""
    # shared base included by every node via packages:
    wifi:
      ssid: !secret wifi_ssid
      password: !secret wifi_password
      domain: .iot.lan
    api:
      encryption:
        key: ${api_key}
    ota:
      - platform: esphome
        password: ${ota_password}
    time:
      - platform: homeassistant
        id: ha_time
    """), "https://esphome.io/components/packages.html")

# ---------------------------------------------------------------- Node-RED
ncs = hx(64)
add("nodered-settings", "credential-secret", "node-red/settings.js", d(f"""
    /**
     * Node-RED settings for the lab automation Pi
     */
    module.exports = {{
        flowFile: 'flows.json',
        credentialSecret: "{ncs}",
        flowFilePretty: true,
        uiPort: process.env.PORT || 1880,
        httpAdminRoot: '/admin',
        diagnostics: {{ enabled: true, ui: true }},
        runtimeState: {{ enabled: false, ui: false }},
        logging: {{ console: {{ level: "info", metrics: false, audit: false }} }},
        editorTheme: {{ projects: {{ enabled: false }} }},
        functionExternalModules: true,
        functionGlobalContext: {{ os: require('os') }}
    }}
    """), ncs, "https://nodered.org/docs/user-guide/runtime/settings-file")

bc = "$2b$08$" + rs(53, ALNUM + "./")
decoy("nodered-settings", "bcrypt-admin-hash", "nodered/data/settings.js", d(f"""
    module.exports = {{
        flowFile: 'flows.json',
        credentialSecret: process.env.NODE_RED_CREDENTIAL_SECRET,
        uiPort: 1880,
        adminAuth: {{
            type: "credentials",
            users: [{{
                username: "admin",
                password: "{bc}",
                permissions: "*"
            }}]
        }},
        httpNodeCors: {{ origin: "*", methods: "GET,PUT,POST,DELETE" }},
        logging: {{ console: {{ level: "warn" }} }}
    }}
    """), "https://nodered.org/docs/user-guide/runtime/securing-node-red")

nrpw = human_pw()
add("nodered-flows-cred", "plaintext-credentials", "node-red-project/flows_cred.json", json.dumps({
    "a1b2c3d4e5f60718": {"user": "nodered", "password": nrpw},
    "9f8e7d6c5b4a3921": {},
    "3c4d5e6f7a8b9c0d": {},
}, indent=4) + "\n", nrpw, "https://nodered.org/docs/user-guide/projects/#encrypting-credentials")

decoy("nodered-flows", "flow-ids", "node-red/flows.json", json.dumps([
    {"id": "f6f2187d.f17ca8", "type": "tab", "label": "Greenhouse", "disabled": False, "info": ""},
    {"id": "3c4d5e6f7a8b9c0d", "type": "mqtt-broker", "name": "local", "broker": "mosquitto", "port": "1883", "clientid": "", "usetls": False, "protocolVersion": "4", "keepalive": "60"},
    {"id": "b5a3e7c91d2f4068", "type": "mqtt in", "z": "f6f2187d.f17ca8", "name": "", "topic": "greenhouse/+/env", "qos": "1", "datatype": "json", "broker": "3c4d5e6f7a8b9c0d", "x": 150, "y": 120, "wires": [["0e9d8c7b6a5f4e3d"]]},
    {"id": "0e9d8c7b6a5f4e3d", "type": "function", "z": "f6f2187d.f17ca8", "name": "to influx", "func": "msg.payload = [{temp: msg.payload.t, rh: msg.payload.rh}, {room: msg.topic.split('/')[1]}];\nreturn msg;", "outputs": 1, "x": 360, "y": 120, "wires": [[]]},
], indent=4) + "\n", "https://nodered.org/docs/user-guide/editor/workspace/import-export")

# ---------------------------------------------------------------- Zigbee2MQTT
zpw = gen_pw()
add("zigbee2mqtt-yaml", "mqtt-password", "zigbee2mqtt/data/configuration.yaml", d(f"""
    homeassistant:
      enabled: true
    frontend:
      enabled: true
      port: 8080
    mqtt:
      base_topic: zigbee2mqtt
      server: mqtt://192.168.1.10:1883
      user: zigbee2mqtt
      password: {zpw}
    serial:
      port: /dev/serial/by-id/usb-ITead_Sonoff_Zigbee_3.0_USB_Dongle_Plus_2c3e4f5a-if00-port0
      adapter: zstack
    advanced:
      log_level: info
      channel: 20
      network_key: GENERATE
      pan_id: GENERATE
      ext_pan_id: GENERATE
    devices:
      '0x00158d0004a1b2c3':
        friendly_name: coldroom_door
    """), zpw, "https://www.zigbee2mqtt.io/guide/configuration/mqtt.html")

decoy("zigbee2mqtt-yaml", "secret-file-refs", "z2m/configuration.yaml", d("""
    mqtt:
      base_topic: zigbee2mqtt
      server: '!secret.yaml server'
      user: '!secret.yaml user'
      password: '!secret.yaml password'
    serial:
      port: /dev/ttyACM0
    advanced:
      network_key: '!secret.yaml network_key'
      log_output: [console]
    frontend:
      port: 8080
    availability: true
    """), "https://www.zigbee2mqtt.io/guide/configuration/#specifying-secrets")

# ---------------------------------------------------------------- OctoPrint
okey = hx(32, upper=True)
add("octoprint-config", "global-api-key", "octoprint/config.yaml", d(f"""
    accessControl:
      autologinLocal: false
    api:
      key: {okey}
    appearance:
      name: Prusa MK3S - Makerspace
      color: orange
    plugins:
      _disabled:
      - softwareupdate
      announcements:
        _config_version: 1
    serial:
      port: /dev/ttyACM0
      baudrate: 115200
      autoconnect: true
    server:
      firstRun: false
      onlineCheck:
        enabled: true
    webcam:
      stream: /webcam/?action=stream
      snapshot: http://127.0.0.1:8080/?action=snapshot
    """), okey, "https://docs.octoprint.org/en/master/configuration/config_yaml.html")

octo2 = rs(43, ALNUM + "-_")
add("python", "octoprint-app-key", "printfarm/queue_print.py", d(f'''
    """Upload a sliced gcode to the makerspace printer and start it."""
    import sys
    import requests

    OCTOPRINT = "http://octopi-mk4.local"
    API_KEY = "{octo2}"

    def upload_and_print(path):
        with open(path, "rb") as fh:
            r = requests.post(f"{{OCTOPRINT}}/api/files/local", headers={{"X-Api-Key": API_KEY}},
                              files={{"file": fh}}, data={{"select": "true", "print": "true"}}, timeout=60)
        r.raise_for_status()
        return r.json()["done"]

    if __name__ == "__main__":
        print(upload_and_print(sys.argv[1]))
    '''), octo2, "https://docs.octoprint.org/en/master/api/files.html")

decoy("octoprint-users", "hashed-passwords", "octoprint/users.yaml", d(f"""
    admin:
      active: true
      apikey: null
      groups: [admins, users]
      password: {hashlib.sha512(b"salted-" + rs(20).encode()).hexdigest()}
      permissions: []
      roles: [user, admin]
      settings: {{}}
    guest-viewer:
      active: true
      apikey: null
      groups: [readonly]
      password: {hashlib.sha512(b"salted-" + rs(20).encode()).hexdigest()}
      roles: [user]
    """), "OctoPrint access control")

# ---------------------------------------------------------------- Raspberry Pi provisioning
psk = passphrase()
add("wpa-supplicant", "psk", "boot/wpa_supplicant.conf", d(f"""
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=GB

    network={{
        ssid="LabSensors"
        psk="{psk}"
        key_mgmt=WPA-PSK
        priority=10
    }}
    """), psk, "https://www.raspberrypi.com/documentation/computers/configuration.html")

eappw = human_pw()
add("wpa-supplicant", "eduroam-password", "pi/etc/wpa_supplicant/wpa_supplicant-wlan0.conf", d(f"""
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=DE

    network={{
        ssid="eduroam"
        scan_ssid=1
        key_mgmt=WPA-EAP
        eap=PEAP
        identity="ab12cd@uni-example.de"
        anonymous_identity="anonymous@uni-example.de"
        password="{eappw}"
        phase2="auth=MSCHAPV2"
        ca_cert="/etc/ssl/certs/T-TeleSec_GlobalRoot_Class_2.pem"
    }}
    """), eappw, "https://w1.fi/cgit/hostap/plain/wpa_supplicant/wpa_supplicant.conf")

decoy("wpa-supplicant", "open-network", "provision/wpa_supplicant.conf.guest", d("""
    ctrl_interface=DIR=/var/run/wpa_supplicant GROUP=netdev
    update_config=1
    country=US

    network={
        ssid="Makerspace-Guest"
        key_mgmt=NONE
        priority=1
    }
    """), "wpa_supplicant docs")

hexpsk = hx(64)
add("pi-firstrun", "derived-wifi-psk", "rpi-imager/firstrun.sh", d(f"""
    #!/bin/bash

    set +e

    CURRENT_HOSTNAME=`cat /etc/hostname | tr -d " \\t\\n\\r"`
    if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
       /usr/lib/raspberrypi-sys-mods/imager_custom set_hostname plantcam-04
    else
       echo plantcam-04 >/etc/hostname
       sed -i "s/127.0.1.1.*$CURRENT_HOSTNAME/127.0.1.1\\tplantcam-04/g" /etc/hosts
    fi
    FIRSTUSER=`getent passwd 1000 | cut -d: -f1`
    if [ -f /usr/lib/userconf-pi/userconf ]; then
       /usr/lib/userconf-pi/userconf 'pi' '$5$Hq3ZtYx1Lm$0s6Qe2Vb8GkRn4pWcD1yJ7aFhU9xTzE3iKoL5mN.Ap/'
    fi
    if [ -f /usr/lib/raspberrypi-sys-mods/imager_custom ]; then
       /usr/lib/raspberrypi-sys-mods/imager_custom set_wlan 'PlantLab' '{hexpsk}' 'NL'
    fi
    rm -f /boot/firstrun.sh
    sed -i 's| systemd.run.*||g' /boot/cmdline.txt
    exit 0
    """), hexpsk, "Raspberry Pi Imager (advanced options firstrun.sh)")

cipw = human_pw()
add("cloud-init", "plain-chpasswd", "pi-boot/user-data", d(f"""
    #cloud-config
    hostname: tempsense-07
    manage_etc_hosts: true
    locale: en_GB.UTF-8
    timezone: Europe/London

    users:
      - name: lab
        groups: [adm, sudo, gpio, i2c]
        shell: /bin/bash
        sudo: ALL=(ALL) NOPASSWD:ALL
        lock_passwd: false
    chpasswd:
      expire: false
      users:
        - name: lab
          password: {cipw}
          type: text
    ssh_pwauth: true

    packages: [python3-pip, mosquitto-clients, i2c-tools]
    runcmd:
      - [raspi-config, nonint, do_i2c, 0]
      - [pip3, install, --break-system-packages, adafruit-circuitpython-sht4x, paho-mqtt]
    """), cipw, "https://cloudinit.readthedocs.io/en/latest/reference/modules.html#set-passwords")

decoy("cloud-init", "hashed-password-and-pubkey", "provision/cloud-init/user-data", d(f"""
    #cloud-config
    hostname: gateway-01
    users:
      - name: ops
        groups: [sudo]
        shell: /bin/bash
        passwd: $6$rounds=4096$w8VfK2pQ$Jx0aN6kM3sR9tY1uV5bC7dE2fG4hI8jL0mO3pQ6rS9tU1vW4xY7zA2bC5dE8fG1hI4jK7lM0nO3pQ6rS9tU1v
        ssh_authorized_keys:
          - ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + "+/")} ops@laptop
    ssh_pwauth: false
    package_update: true
    packages: [chrony, unattended-upgrades]
    """), "https://cloudinit.readthedocs.io/en/latest/reference/examples.html")

# ---------------------------------------------------------------- InfluxDB / Telegraf / Grafana
itok = b64url(86) + "=="
add("influx-configs", "influx-cli-token", "pi/.influxdbv2/configs", d(f"""
    [default]
      url = "http://localhost:8086"
      token = "{itok}"
      org = "greenhouse"
      active = true
    #
    # [eu-central]
    #   url = "https://eu-central-1-1.aws.cloud2.influxdata.com"
    #   token = "XXX"
    #   org = ""
    """), itok, "https://docs.influxdata.com/influxdb/v2/reference/cli/influx/config/")

tpw = human_pw()
add("telegraf-conf", "mqtt-consumer-password", "telegraf/telegraf.conf", d(f"""
    [agent]
      interval = "10s"
      flush_interval = "10s"
      hostname = "pi-greenhouse"

    [[outputs.influxdb_v2]]
      urls = ["http://127.0.0.1:8086"]
      token = "$INFLUX_TOKEN"
      organization = "greenhouse"
      bucket = "sensors"

    [[inputs.mqtt_consumer]]
      servers = ["tcp://192.168.50.10:1883"]
      topics = ["lab/+/env"]
      username = "telegraf"
      password = "{tpw}"
      data_format = "json"
      tag_keys = ["room"]

    [[inputs.cpu]]
      percpu = false
    """), tpw, "https://github.com/influxdata/telegraf/tree/master/plugins/inputs/mqtt_consumer")

decoy("telegraf-conf", "env-and-secretstore", "telegraf/telegraf.d/outputs.conf", d("""
    [[secretstores.os]]
      id = "local"
      keyring = "telegraf"

    [[outputs.influxdb_v2]]
      urls = ["${INFLUX_URL}"]
      token = "@{local:influx_token}"
      organization = "lab"
      bucket = "hpc-metrics"
      timeout = "5s"
    """), "https://docs.influxdata.com/telegraf/v1/configuration/#secret-store-secrets")

gpw = human_pw()
add("grafana-ini", "admin-password", "grafana/grafana.ini", d(f"""
    [server]
    http_port = 3000
    domain = grafana.pi.lan
    root_url = %(protocol)s://%(domain)s:%(http_port)s/

    [security]
    admin_user = admin
    admin_password = {gpw}
    disable_gravatar = true
    cookie_secure = false

    [users]
    allow_sign_up = false

    [auth.anonymous]
    enabled = true
    org_role = Viewer
    """), gpw, "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/")

decoy("grafana-ini", "file-and-env-provider", "monitoring/grafana/grafana.ini", d("""
    [security]
    admin_user = admin
    admin_password = $__file{/run/secrets/grafana_admin_password}
    secret_key = $__env{GF_SECRET_KEY}

    [database]
    type = postgres
    host = db:5432
    name = grafana
    user = grafana
    password = $__file{/run/secrets/grafana_db_password}
    """), "https://grafana.com/docs/grafana/latest/setup-grafana/configure-grafana/#variable-expansion")

dsp = b64url(86) + "=="
add("grafana-provisioning", "datasource-token", "grafana/provisioning/datasources/influxdb.yaml", d(f"""
    apiVersion: 1
    datasources:
      - name: InfluxDB-greenhouse
        type: influxdb
        access: proxy
        url: http://influxdb:8086
        isDefault: true
        jsonData:
          version: Flux
          organization: greenhouse
          defaultBucket: sensors
          tlsSkipVerify: true
        secureJsonData:
          token: {dsp}
    """), dsp, "https://grafana.com/docs/grafana/latest/datasources/influxdb/#provision-the-data-source")

decoy("grafana-provisioning", "env-expansion", "grafana/provisioning/datasources/postgres.yaml", d("""
    apiVersion: 1
    datasources:
      - name: lab-postgres
        type: postgres
        url: db.lab.example.org:5432
        user: grafana_ro
        jsonData:
          database: sensors
          sslmode: require
        secureJsonData:
          password: ${GRAFANA_PG_PASSWORD}
    """), "Grafana provisioning docs")

glsa = "glsa_" + rs(32) + "_" + hx(8)
add("python", "grafana-service-account-token", "dashboards/push_annotations.py", d(f'''
    """Mark beamtime shifts on the Grafana dashboards."""
    import datetime as dt
    import requests

    GRAFANA = "https://grafana.beamline.example.org"
    TOKEN = "{glsa}"

    def annotate(text, start, end, tags=("beamtime",)):
        body = {{"time": int(start.timestamp() * 1000), "timeEnd": int(end.timestamp() * 1000),
                 "tags": list(tags), "text": text}}
        r = requests.post(f"{{GRAFANA}}/api/annotations", json=body,
                          headers={{"Authorization": f"Bearer {{TOKEN}}"}}, timeout=10)
        r.raise_for_status()
    '''), glsa, "https://grafana.com/docs/grafana/latest/administration/service-accounts/")

# ---------------------------------------------------------------- microcontrollers
mpw = human_pw()
add("micropython-secrets", "wifi-password", "firmware/pico_w/secrets.py", d(f"""
    # secrets.py -- copied to the Pico W with `mpremote cp secrets.py :`
    secrets = {{
        "ssid": "LabIoT",
        "password": "{mpw}",
        "mqtt_broker": "192.168.50.10",
        "mqtt_user": "picow-07",
        "timezone": "Europe/Berlin",
    }}
    """), mpw, "https://learn.adafruit.com/pico-w-wifi-with-circuitpython")

aio = "aio_" + rs(28)
add("circuitpython-settings", "adafruit-io-key", "CIRCUITPY/settings.toml", d(f"""
    # settings.toml -- CircuitPython environment
    CIRCUITPY_WIFI_SSID = "LabIoT"
    CIRCUITPY_WIFI_PASSWORD = ""
    CIRCUITPY_WEB_API_PORT = 80
    ADAFRUIT_AIO_USERNAME = "soil_lab"
    ADAFRUIT_AIO_KEY = "{aio}"
    SENSOR_INTERVAL = 300
    """), aio, "https://docs.circuitpython.org/en/latest/docs/environment.html")

decoy("circuitpython-settings", "empty-values", "examples/settings.toml", d("""
    # Fill these in on the device; never commit real values
    CIRCUITPY_WIFI_SSID = ""
    CIRCUITPY_WIFI_PASSWORD = ""
    ADAFRUIT_AIO_USERNAME = ""
    ADAFRUIT_AIO_KEY = ""
    """), "CircuitPython docs")

apw = human_pw()
add("arduino-secrets-h", "wifi-password", "sketches/soil_probe/arduino_secrets.h", d(f"""
    // arduino_secrets.h -- do not share
    #define SECRET_SSID "Greenhouse-Net"
    #define SECRET_PASS "{apw}"
    #define SECRET_MQTT_HOST "192.168.50.10"
    #define SECRET_DEVICE_ID "soilprobe-12"
    """), apw, "https://docs.arduino.cc/arduino-cloud/cloud-interface/sketches/")

decoy("arduino-secrets-h", "template", "sketches/template/arduino_secrets.h.example", d("""
    // Copy to arduino_secrets.h and fill in your network
    #define SECRET_SSID ""
    #define SECRET_PASS ""
    #define SECRET_MQTT_HOST "broker.local"
    #define SECRET_DEVICE_ID "changeme"
    """), "Arduino docs")

appkey = hx(32, upper=True)
add("arduino-ino", "lorawan-appkey", "firmware/ttn_node/ttn_node.ino", d(f"""
    #include <lmic.h>
    #include <hal/hal.h>
    #include <SPI.h>

    // LSB order, from the TTN console
    static const u1_t PROGMEM APPEUI[8] = {{ 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00 }};
    void os_getArtEui (u1_t* buf) {{ memcpy_P(buf, APPEUI, 8); }}
    static const u1_t PROGMEM DEVEUI[8] = {{ 0x3B, 0x5A, 0x06, 0xD0, 0x7E, 0xD5, 0xB3, 0x70 }};
    void os_getDevEui (u1_t* buf) {{ memcpy_P(buf, DEVEUI, 8); }}
    // AppKey, MSB order
    static const char APPKEY_HEX[] = "{appkey}";
    void os_getDevKey (u1_t* buf) {{
      for (int i = 0; i < 16; i++) sscanf(&APPKEY_HEX[2 * i], "%2hhx", &buf[i]);
    }}

    void setup() {{
      Serial.begin(115200);
      os_init();
      LMIC_reset();
      LMIC_startJoining();
    }}

    void loop() {{ os_runloop_once(); }}
    """), appkey, "https://github.com/mcci-catena/arduino-lmic")

decoy("arduino-ino", "deveui-only", "firmware/abp_demo/abp_demo.ino", d("""
    // Public identifiers only; keys are read from EEPROM written by the provisioning tool
    #include <EEPROM.h>
    static const uint8_t DEVEUI[8] = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x06, 0x5A, 0x3B };
    static const uint8_t JOINEUI[8] = { 0x70, 0xB3, 0xD5, 0x7E, 0xD0, 0x00, 0x00, 0x01 };
    uint8_t appkey[16];

    void setup() {
      for (int i = 0; i < 16; i++) appkey[i] = EEPROM.read(0x10 + i);
      Serial.begin(9600);
    }
    void loop() {}
    """), "LMIC examples")

ttn = "NNSXS." + rs(39, B32) + "." + rs(52, B32)
add("python", "ttn-api-key", "lorawan/ttn_uplinks.py", d(f'''
    """Pull stored uplinks from The Things Stack storage integration."""
    import json
    import requests

    APP_ID = "soil-moisture-network"
    TTN_API_KEY = "{ttn}"
    URL = f"https://eu1.cloud.thethings.network/api/v3/as/applications/{{APP_ID}}/packages/storage/uplink_message"

    def fetch(last="24h"):
        r = requests.get(URL, params={{"last": last}}, headers={{"Authorization": f"Bearer {{TTN_API_KEY}}",
                                                             "Accept": "text/event-stream"}}, timeout=30)
        for line in r.text.splitlines():
            if line.strip():
                yield json.loads(line)["result"]["uplink_message"]["decoded_payload"]
    '''), ttn, "https://www.thethingsindustries.com/docs/integrations/storage/retrieve/")

appkey2 = hx(32, upper=True)
add("ttn-devices-csv", "app-keys", "lorawan/devices.csv", d(f"""
    id,dev_eui,join_eui,frequency_plan_id,lorawan_version,lorawan_phy_version,app_key,name
    soil-01,70B3D57ED0065A3B,0000000000000000,EU_863_870_TTN,MAC_V1_0_3,RP001_V1_0_3_REV_A,{appkey2},Field A north
    soil-02,70B3D57ED0065A3C,0000000000000000,EU_863_870_TTN,MAC_V1_0_3,RP001_V1_0_3_REV_A,,Field A south (provisioned separately)
    soil-03,70B3D57ED0065A3D,0000000000000000,EU_863_870_TTN,MAC_V1_0_3,RP001_V1_0_3_REV_A,,Field B
    gw-test,70B3D57ED0065A3E,0000000000000000,EU_863_870_TTN,MAC_V1_0_3,RP001_V1_0_3_REV_A,,bench test
    """), appkey2, "https://www.thethingsindustries.com/docs/devices/adding-devices/adding-devices-in-bulk/")

decoy("chirpstack-toml", "env-secret", "chirpstack/chirpstack.toml", d("""
    [logging]
      level="info"

    [postgresql]
      dsn="postgres://chirpstack:$POSTGRESQL_PASSWORD@postgres/chirpstack?sslmode=disable"
      max_open_connections=10

    [redis]
      servers=["redis://redis/"]

    [network]
      net_id="000000"
      enabled_regions=["eu868"]

    [api]
      bind="0.0.0.0:8080"
      secret="$CHIRPSTACK_API_SECRET"
    """), "https://www.chirpstack.io/docs/chirpstack/configuration.html")

# ---------------------------------------------------------------- other home-automation formats
fpw = human_pw()
add("frigate-config", "rtsp-camera-password", "frigate/config.yml", d(f"""
    mqtt:
      host: 192.168.1.10
      user: frigate
      password: "{{FRIGATE_MQTT_PASSWORD}}"
    detectors:
      coral:
        type: edgetpu
        device: usb
    cameras:
      lab_entrance:
        ffmpeg:
          inputs:
            - path: rtsp://viewer:{fpw}@192.168.1.64:554/Streaming/Channels/101
              roles: [detect, record]
        detect:
          width: 1280
          height: 720
        record:
          enabled: true
          retain:
            days: 7
    """), fpw, "https://docs.frigate.video/configuration/cameras")

hbpw = human_pw()
add("homebridge-config", "platform-password", "homebridge/config.json", json.dumps({
    "bridge": {"name": "Homebridge 4F2A", "username": "0E:6B:2A:44:1F:9C", "port": 51826, "pin": "031-45-154"},
    "accessories": [],
    "platforms": [
        {"platform": "config", "name": "Config", "port": 8581},
        {"platform": "Camera-ffmpeg", "cameras": [{"name": "Lab bench cam",
                                                   "videoConfig": {"source": f"-i rtsp://admin:{hbpw}@192.168.1.65/stream1", "maxStreams": 2}}]},
    ],
}, indent=4) + "\n", hbpw, "https://github.com/homebridge/homebridge/wiki/Homebridge-Config-JSON")

tsp = gen_pw()
add("tasmota-backlog", "mqtt-password", "devices/tasmota/sonoff-incubator.txt", d(f"""
    # console commands applied to the Sonoff POW R2 after flashing (paste into Tasmota console)
    Backlog DeviceName incubator-plug; FriendlyName1 Incubator
    Backlog MqttHost 192.168.1.10; MqttPort 1883; MqttUser tasmota; MqttPassword {tsp}
    Backlog Topic incubator; FullTopic %prefix%/%topic%/
    TelePeriod 60
    PowerOnState 1
    SetOption19 0
    """), tsp, "https://tasmota.github.io/docs/Commands/#mqtt")

ohp = human_pw()
add("openhab-things", "mqtt-broker-password", "openhab/things/mqtt.things", d(f"""
    Bridge mqtt:broker:labbroker "Lab broker" [
        host="192.168.1.10",
        port=1883,
        secure=false,
        username="openhab",
        password="{ohp}",
        clientID="openhab3"
    ] {{
        Thing topic chamber2 "Growth chamber 2" {{
            Channels:
                Type number : temperature "Temperature" [ stateTopic="lab/chamber2/env", transformationPattern="JSONPATH:$.t" ]
                Type number : humidity "Humidity" [ stateTopic="lab/chamber2/env", transformationPattern="JSONPATH:$.rh" ]
        }}
    }}
    """), ohp, "https://www.openhab.org/addons/bindings/mqtt/")

decoy("openhab-items", "item-definitions", "openhab/items/lab.items", d("""
    Group gLab "Lab"
    Number Chamber2_Temp "Chamber 2 temperature [%.1f °C]" <temperature> (gLab) { channel="mqtt:topic:labbroker:chamber2:temperature" }
    Number Chamber2_Hum "Chamber 2 humidity [%.0f %%]" <humidity> (gLab) { channel="mqtt:topic:labbroker:chamber2:humidity" }
    Switch Incubator_Power "Incubator" <poweroutlet> (gLab) { channel="mqtt:topic:labbroker:incubator:power" }
    DateTime Last_Update "Last update [%1$tH:%1$tM]" (gLab)
    """), "openHAB docs")

# ---------------------------------------------------------------- ops around the lab
sysp = human_pw()
add("systemd-unit", "environment-password", "deploy/systemd/sensor-bridge.service", d(f"""
    [Unit]
    Description=Serial sensor -> MQTT bridge
    After=network-online.target mosquitto.service
    Wants=network-online.target

    [Service]
    User=sensors
    WorkingDirectory=/opt/sensor-bridge
    Environment=PYTHONUNBUFFERED=1
    Environment=MQTT_USER=bridge
    Environment=MQTT_PASSWORD={sysp}
    ExecStart=/opt/sensor-bridge/venv/bin/python -m sensor_bridge --port /dev/ttyUSB0
    Restart=on-failure
    RestartSec=5

    [Install]
    WantedBy=multi-user.target
    """), sysp, "https://www.freedesktop.org/software/systemd/man/systemd.exec.html#Environment=")

decoy("systemd-unit", "environment-file-and-credential", "deploy/systemd/influx-export.service", d("""
    [Unit]
    Description=Nightly InfluxDB export to the archive
    [Service]
    Type=oneshot
    User=influx-export
    EnvironmentFile=/etc/influx-export/env
    LoadCredential=influx-token:/etc/credstore/influx-token
    ExecStart=/opt/influx-export/export.sh ${CREDENTIALS_DIRECTORY}/influx-token
    """), "https://systemd.io/CREDENTIALS/")

rcp = passphrase()
add("crontab", "rclone-config-pass", "cron/backup.crontab", d(f"""
    # m h dom mon dow command
    SHELL=/bin/bash
    MAILTO=rc-alerts@example.edu
    RCLONE_CONFIG_PASS={rcp}
    15 2 * * * rclone sync /data/microscopy b2-crypt:raw --transfers 8 --log-file /var/log/rclone-micro.log
    45 3 * * 0 rclone check /data/microscopy b2-crypt:raw --one-way >> /var/log/rclone-check.log 2>&1
    */5 * * * * /opt/sensor-bridge/venv/bin/python /opt/sensor-bridge/heartbeat.py
    """), rcp, "https://rclone.org/docs/#configuration-encryption")

decoy("crontab", "healthcheck-paths", "cron/lab.cron", d("""
    # sensor housekeeping
    SHELL=/bin/bash
    PATH=/usr/local/bin:/usr/bin:/bin
    0 * * * * /opt/lab/bin/rotate_logs.sh
    30 1 * * * /opt/lab/bin/backup_influx.sh --config /etc/lab/backup.toml
    */10 * * * * flock -n /tmp/sync.lock /opt/lab/bin/sync_instruments.sh
    """), "crontab(5)")

pypi = fakes.pypi_token(seed())
add("makefile", "pypi-token", "Makefile", d(f"""
    .PHONY: test build publish docs

    PKG := spikesort_lite

    test:
    \tpytest -q tests

    build:
    \tpython -m build

    docs:
    \tsphinx-build -b html docs docs/_build/html

    publish: build
    \ttwine upload --non-interactive -u __token__ -p {pypi} dist/*
    """), pypi, "https://twine.readthedocs.io/en/stable/")

dk = hf2 = "hf_" + rs(34, string.ascii_letters)
add("dockerfile", "hf-token-env", "containers/inference/Dockerfile", d(f"""
    FROM nvcr.io/nvidia/pytorch:24.03-py3

    WORKDIR /app
    COPY requirements.txt .
    RUN pip install --no-cache-dir -r requirements.txt

    ENV HF_HOME=/models \\
        HF_TOKEN={hf2} \\
        TRANSFORMERS_OFFLINE=0
    RUN python -c "from huggingface_hub import snapshot_download; snapshot_download('lab-org/protein-lm-650m')"

    COPY src/ ./src
    CMD ["python", "-m", "src.serve", "--port", "8080"]
    """), hf2, "https://docs.docker.com/reference/dockerfile/#env")

infp = human_pw()
add("docker-compose", "influx-init-password", "pi-stack/docker-compose.yml", d(f"""
    services:
      influxdb:
        image: influxdb:2.7
        restart: unless-stopped
        ports: ["8086:8086"]
        volumes:
          - ./influxdb:/var/lib/influxdb2
        environment:
          DOCKER_INFLUXDB_INIT_MODE: setup
          DOCKER_INFLUXDB_INIT_USERNAME: admin
          DOCKER_INFLUXDB_INIT_PASSWORD: "{infp}"
          DOCKER_INFLUXDB_INIT_ORG: greenhouse
          DOCKER_INFLUXDB_INIT_BUCKET: sensors
      grafana:
        image: grafana/grafana-oss:10.4.2
        restart: unless-stopped
        ports: ["3000:3000"]
        volumes:
          - ./grafana:/var/lib/grafana
      mosquitto:
        image: eclipse-mosquitto:2
        ports: ["1883:1883"]
        volumes:
          - ./mosquitto:/mosquitto
    """), infp, "https://hub.docker.com/_/influxdb")

decoy("docker-compose", "secrets-files", "homelab/compose.yaml", d("""
    services:
      homeassistant:
        image: ghcr.io/home-assistant/home-assistant:stable
        network_mode: host
        volumes: [./ha:/config]
      postgres:
        image: postgres:16
        environment:
          POSTGRES_USER: ha
          POSTGRES_PASSWORD_FILE: /run/secrets/pg_password
        secrets: [pg_password]
    secrets:
      pg_password:
        file: ./secrets/pg_password.txt
    """), "https://docs.docker.com/compose/how-tos/use-secrets/")

decoy("docker-compose", "marked-local-default", "dev/docker-compose.dev.yml", d("""
    # LOCAL DEVELOPMENT ONLY -- throwaway container on localhost, recreated by `make dev`
    services:
      db:
        image: postgres:16-alpine
        ports: ["127.0.0.1:5432:5432"]
        environment:
          POSTGRES_USER: postgres
          POSTGRES_PASSWORD: postgres
          POSTGRES_DB: lims_dev
    """), "Docker Compose docs")

decoy("github-actions", "secrets-context", ".github/workflows/release.yml", d("""
    name: release
    on:
      push:
        tags: ["v*"]
    jobs:
      pypi:
        runs-on: ubuntu-latest
        environment: pypi
        permissions:
          id-token: write
        steps:
          - uses: actions/checkout@b4ffde65f46336ab88eb53be808477a3936bae11  # v4.1.1
          - uses: actions/setup-python@v5
            with: {python-version: "3.11"}
          - run: python -m pip install build && python -m build
          - uses: pypa/gh-action-pypi-publish@release/v1
          - name: Zenodo archive
            run: python scripts/zenodo_release.py
            env:
              ZENODO_TOKEN: ${{ secrets.ZENODO_TOKEN }}
    """), "https://docs.github.com/en/actions/security-guides/using-secrets-in-github-actions")

apt = rs(40)
add("apptainer-def", "environment-token", "containers/analysis.def", d(f"""
    Bootstrap: docker
    From: mambaorg/micromamba:1.5.8

    %files
        environment.yml /opt/environment.yml

    %post
        micromamba install -y -n base -f /opt/environment.yml
        micromamba clean -a -y

    %environment
        export LC_ALL=C.UTF-8
        export LABKEY_API_KEY=apikey|{apt}
        export LABKEY_SERVER=labkey.core.example.edu

    %runscript
        exec micromamba run -n base python /opt/pipeline/run.py "$@"

    %labels
        Author biocore@example.edu
        Version 1.4.0
    """), apt, "https://apptainer.org/docs/user/latest/definition_files.html")

decoy("apptainer-def", "plain-build", "containers/qc.def", d("""
    Bootstrap: docker
    From: python:3.11-slim

    %post
        pip install --no-cache-dir multiqc==1.21 fastqc-parser
    %environment
        export LC_ALL=C.UTF-8
    %runscript
        exec multiqc "$@"
    %labels
        org.opencontainers.image.revision 5e1f0c9a7b3d2e8f4a6c1b9d0e7f3a5c2b8d4e6f
    """), "Apptainer docs")

ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("spack-mirrors", "s3-access-pair", "spack/mirrors.yaml", d(f"""
    mirrors:
      lab-buildcache:
        url: s3://lab-spack-buildcache/v0.21
        signed: false
        access_pair:
          id: {ak}
          secret: {sk}
        profile: null
        endpoint_url: null
      spack-public:
        url: https://mirror.spack.io
    """), sk, "https://spack.readthedocs.io/en/latest/mirrors.html")

pippw = gen_pw()
add("pip-conf", "index-password", "cluster/pip.conf", d(f"""
    [global]
    index-url = https://pypi.org/simple
    extra-index-url = https://deploy:{pippw}@nexus.lab.example.org/repository/pypi-internal/simple
    timeout = 60
    cache-dir = /scratch/pip-cache

    [install]
    trusted-host = nexus.lab.example.org
    """), pippw, "https://pip.pypa.io/en/stable/topics/configuration/")

pgp = human_pw()
add("pgpass", "lab-db-password", "dotfiles/.pgpass", d(f"""
    # hostname:port:database:username:password
    labdb.genomics.example.org:5432:lims:analyst:{pgp}
    localhost:5432:*:postgres:*
    *:*:*:replication:*
    # read-only mirrors use kerberos, no password
    #labdb-ro.genomics.example.org:5432:lims:analyst:
    """), pgp, "https://www.postgresql.org/docs/current/libpq-pgpass.html")

mcp = human_pw()
add("my-cnf", "client-password", "dotfiles/.my.cnf", d(f"""
    [client]
    host = labdb.genomics.example.org
    user = qc_loader
    password = "{mcp}"
    default-character-set = utf8mb4

    [mysql]
    prompt = "\\\\u@\\\\h [\\\\d]> "
    """), mcp, "https://dev.mysql.com/doc/refman/8.0/en/option-files.html")

pem = fakes.fake_pem(seed(), kind="OPENSSH")
add("ssh-private-key", "openssh-key", "deploy/keys/id_ed25519_hpc", pem + "\n", pem, "ssh-keygen(1)")

decoy("ssh-config", "identity-file-path", "dotfiles/.ssh/config", d("""
    Host hopper
        HostName login.hopper.example.edu
        User mokafor
        IdentityFile ~/.ssh/id_ed25519_hpc
        ControlMaster auto
        ControlPath ~/.ssh/cm-%r@%h:%p
        ControlPersist 4h
    Host gn*
        ProxyJump hopper
        User mokafor
    """), "ssh_config(5)")

decoy("ssh-authorized-keys", "public-keys", "provision/authorized_keys", "".join(
    f"ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI{rs(43, ALNUM + '+/')} {who}\n" for who in
    ["mokafor@laptop", "lpeng@ws-14", "jenkins@ci", "akim@macbook", "backup@nas"]), "sshd(8) AUTHORIZED_KEYS FILE FORMAT")

ak, sk = fakes.aws_key_id(seed()), fakes.aws_secret_key(seed())
add("nextflow-config", "aws-secret", "nextflow.config", d(f"""
    params {{
        input  = 's3://lab-nf-data/samplesheet.csv'
        outdir = 's3://lab-nf-results/rnaseq'
        genome = 'GRCh38'
    }}

    aws {{
        accessKey = '{ak}'
        secretKey = '{sk}'
        region = 'eu-west-2'
        batch {{
            cliPath = '/home/ec2-user/miniconda/bin/aws'
        }}
    }}

    process.executor = 'awsbatch'
    process.queue = 'nf-spot-queue'
    workDir = 's3://lab-nf-work/work'
    """), sk, "https://www.nextflow.io/docs/latest/amazons3.html")

decoy("nextflow-config", "secrets-store", "conf/hpc.config", d("""
    process {
        executor = 'slurm'
        queue = 'standard'
        clusterOptions = '--account=genomics-0412'
    }
    singularity.enabled = true
    singularity.cacheDir = '/project/genomics/sif'
    tower {
        accessToken = secrets.TOWER_ACCESS_TOKEN
        enabled = true
    }
    """), "https://www.nextflow.io/docs/latest/secrets.html")

decoy("snakemake-config", "checksums", "config/config.yaml", d("""
    samples: config/samples.tsv
    reference:
      fasta: resources/GRCh38.primary_assembly.genome.fa
      fasta_sha256: 6e7b5c0f2a1d9e4b8c3f7a0d5e2b9c6f1a4d8e3b7c0f5a2d9e6b1c4f8a3d7e0b
      gtf: resources/gencode.v44.annotation.gtf
    params:
      star: "--outSAMtype BAM SortedByCoordinate"
      featurecounts: "-p --countReadPairs -s 2"
    threads: 16
    """), "https://snakemake.readthedocs.io/en/stable/snakefiles/configuration.html")

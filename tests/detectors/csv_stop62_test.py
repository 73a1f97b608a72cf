"""Stop 62's fixes of CSV sheets and password files (Māori, Corsican and Italian, Spanish teams; English handovers):
sheets of integrations' keys kept by an owner, keys issued to partners with an expiry in Italian, login sheets whose
password column is headed in Māori or Corsican or named head first with its user's (`usuario_portal`, `clave_portal`),
and a .pgpass kept as a text or backup copy. Generated fakes only: every value is built here from a seeded generator
(seeds 6740000-6749999)."""
from __future__ import annotations

import random
import string
from typing import List, Tuple

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

ALNUM = string.ascii_letters + string.digits
_SEED = 6740000


def _alnum(seed: int, length: int) -> str:
    return fakes.drawn_mixed(_SEED + seed, length, ALNUM)


def _chosen(seed: int) -> str:
    """A password a person chose: two words, a symbol, a number (`Maunga~Awa5920`)."""
    generator = random.Random(_SEED + seed)
    words = ["Maunga", "Awa", "Roto", "Moana", "Valle", "Petra", "Sierra", "Lago"]
    return (generator.choice(words) + generator.choice("!#$%@*&~") + generator.choice(words)
            + str(generator.randint(1000, 9999)))


# (file, text, secret): each must block, with the finding's value the secret.
SECRETS: List[Tuple[str, str, str]] = [
    # (merge) an owner's sheet with a key's name and its `value`: the value is the key, one case of hex too (the owner-only
    # narrowing reads a bare `key` column's cells only when drawn in both cases with digits)
    ("exports/keys_audit.csv", "system,owner,key_name,value,created\n"
     f"RouteCo,planning,planner-macro,{random.Random(_SEED + 90).getrandbits(160):040x},2025-03-02\n"
     "Fleetly,ops,dispatch-board,1Password,2025-06-11\n", f"{random.Random(_SEED + 90).getrandbits(160):040x}"),
    # a .pgpass kept as a text copy or a backup: its lines read as the file's
    ("notes/pgpass_backup.txt", "# hostname:port:database:username:password\n"
     f"db.example-corp.net:5432:sales:reporter:{_alnum(1, 20)}\nlocalhost:5432:*:postgres:postgres\n", _alnum(1, 20)),
    ("ops/pgpass.prod.txt", f"pg01.example-corp.net:5432:*:backup:{_alnum(2, 18)}\n", _alnum(2, 18)),
    ("home/pgpass-old.txt", f"*:5432:ledger:ledger_app:{_alnum(3, 22)}\n", _alnum(3, 22)),
    # an integrations handover kept by an owner (no account column), in English and in Māori (`ratonga`, `kaitiaki`, `kī`)
    ("ops/handover/keys.csv", f"service,owner,key,notes\nStripe,Ana,in 1Password,\nAcme Mail,Tom,{_alnum(4, 32)},prod\n",
     _alnum(4, 32)),
    ("ops/handover/ratonga.csv", f"ratonga,kaitiaki,ki,tuhipoka\nStripe,Aroha,kei 1Password,\nAcme,Mere,{_alnum(5, 27)},\n",
     _alnum(5, 27)),
    # the same handover's `value` column beside a system's and its owner's
    ("data/integrations_export.csv", "service,owner,created,value,notes\nPaystack,Folake,2026-03-02,pk_live_(see dashboard),public\n"
     f"Acme SMS,Segun,2026-04-11,{_alnum(6, 60)},SMS\n", _alnum(6, 60)),
    # Italian's and Corsican's service and key (`servizio`, `chiave`; `serviziu`, `chjave`) beside an account's
    ("ops/servizi.csv", f"servizio,account,chiave\nMeteo API,ops@example.it,{_alnum(7, 32)}\n", _alnum(7, 32)),
    # keys issued to partners, their expiry in Italian or Corsican (`scadenza`), Spanish (`vencimiento`), French's party
    ("partners/chjave.csv", "partner,contattu,ambiente,chjave,scadenza\nAutocars,ops@example.fr,prod,(in Vault),2026-03-31\n"
     f"Agenzia,it@example.fr,prod,{_alnum(8, 36)},2026-01-15\n", _alnum(8, 36)),
    ("partners/chiavi.csv", f"clienti,chiave,data di scadenza\nAndes Tours,{_alnum(9, 40)},2027-01-31\n", _alnum(9, 40)),
    ("partners/cles.csv", f"partenaire,clé,date d'expiration\nNavette,{_alnum(10, 32)},2027-05-01\n", _alnum(10, 32)),
    # Māori's import of accounts: a person's name, an address (`imera`), a post (`turanga`), a first password
    ("imports/kaitiaki.csv", "ingoa,imera,turanga,kupuhipa_tuatahi\nHemi W,hemi@example.nz,kaiwhakahaere,\n"
     f"Mere T,mere@example.nz,kaitiaki,{_chosen(11)}\n", _chosen(11)),
    ("imports/users.csv", f"ingoa kaiwhakamahi,kupuhipa\nhemi,{_alnum(12, 16)}\n", _alnum(12, 16)),
    # Corsican's login sheet: a site's, a user's (`utente`) and a password's column (`parolla`), and Italian's full words
    ("amministrazione/conti.csv", "serviziu,url,utente,parolla,nota\nOVH,https://www.ovh.example,mc1-ovh,(vede KeePass),\n"
     f"Trasporti,https://pro.trasporti.example,mulinu,{_chosen(13)},bolle\n", _chosen(13)),
    ("amministrazione/accessi.csv", f"sito,nome utente,parola d'ordine\nhttps://erp.example.it,admin,{_chosen(14)}\n",
     _chosen(14)),
    # a user and its password named head first for the same thing (`usuario_portal`, `clave_portal`; `utente_sito`)
    ("datos/cuentas.csv", f"agencia,usuario_portal,clave_portal,contacto\nLlama Tours,llamapath,{_alnum(15, 14)},+51 1\n"
     "Qori,qoriinti,(pedir a Kusi),+51 2\n", _alnum(15, 14)),
    ("dati/siti.csv", f"negozio,utente_sito,chiave_sito\nCastagna,castagna,{_chosen(16)}\n", _chosen(16)),
]

# (file, text): none may block.
DECOYS: List[Tuple[str, str]] = [
    # a program or a page about pgpass files, and a backup copy's stock and wildcard lines
    ("tools/pgpass_reader.py", f'LINE = "db.example-corp.net:5432:sales:reporter:{_alnum(20, 20)}"\n'),
    ("docs/pgpass-notes.md", f"db.example-corp.net:5432:sales:reporter:{_alnum(21, 20)}\n"),
    ("notes/pgpass_backup.txt", "# hostname:port:database:username:password\nlocalhost:5432:*:postgres:postgres\n"
     "db.example-corp.net:5432:sales:reporter:*\n"),
    # an owner's handover whose keys are kept elsewhere, public by design or words
    ("ops/handover/keys.csv", "service,owner,key,notes\nStripe,Ana,in 1Password,\nMaps,Tom,pk.(public),\n"
     "Mail,Ana,rotate monthly,\n"),
    # an owner's sheet naming no account: one case of hex under its key is an id's or a digest's as often
    ("ops/handover/keys.csv", f"system,purpose,key,owner\nAcme CRM,Sales,{fakes.drawn(_SEED + 24, 40, '0123456789abcdef')},Maria\n"),
    # a value column beside a system and an owner holding figures and words, not keys
    ("ops/costs.csv", "service,owner,metric,value\nAcme Mail,Tom,monthly_cost,129.50\nAcme SMS,Ana,plan,enterprise\n"),
    # a key column beside a system and no account or owner: a lookup table's
    ("data/lookup.csv", f"service,key,label\nmail,{_alnum(22, 24)},Mail\n"),
    # a partner's sheet with an expiry and a sandbox's stand-in
    ("partners/chjave.csv", "partner,contattu,ambiente,chjave,scadenza\nHotel,resa@example.fr,sandbox,sbx_not_live_0000,\n"),
    # Māori's sheet of password hints and the words for a forgotten password, not passwords
    ("imports/hints.csv", "ingoa,imera,kupuhipa_hint\nHemi,hemi@example.nz,te ingoa o taku kuri\n"),
    ("i18n/mi.csv", "kī,whakamaoritanga\nwareware_kupuhipa,Kua wareware to kupuhipa?\n"),
    # Corsican's glossary (`parolla` a word beside its translation), a login sheet's notes where its passwords are kept
    ("glossariu.csv", "parolla,traduzzione\ncastagna,châtaigne\nmulinu,moulin\n"),
    ("amministrazione/conti.csv", "serviziu,url,utente,parolla\nOVH,https://www.ovh.example,mc1-ovh,(KeePass)\n"
     "Banca,https://pro.banca.example,,(carta è SMS)\n"),
    # a key table's ids named head first beside a user's id (no login: `usuario_id`, `clave_id`)
    ("datos/claves.csv", "usuario_id,clave_id,creada\n48213977,93017465,2026-01-01\n"),
    # a head-first key column beside no user column of the same thing
    ("datos/cuentas.csv", f"agencia,usuario_portal,clave_api_interna\nLlama Tours,llamapath,{_chosen(23)}\n"),
]


@pytest.mark.parametrize("name, text, secret", SECRETS, ids=[f"{index}-{case[0]}" for index, case in enumerate(SECRETS)])
def test_secrets_block(name: str, text: str, secret: str) -> None:
    found = blocking(Engine().scan_text(name, text))
    assert any(finding.secret == secret for finding in found), [(finding.type, finding.secret[:6]) for finding in found]


@pytest.mark.parametrize("name, text", DECOYS, ids=[f"{index}-{decoy[0]}" for index, decoy in enumerate(DECOYS)])
def test_decoys_do_not_block(name: str, text: str) -> None:
    assert blocking(Engine().scan_text(name, text)) == []

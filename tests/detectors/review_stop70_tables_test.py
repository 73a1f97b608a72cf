"""Review 70 (stop 69's table readers), false positives closed:
- the bare `key` column of a table named `…keys` was read as the keys a service issued, whatever keys the table held:
  a request's idempotency keys, a cache's keys and public keys (`public_keys`, `ssh_keys`, `deploy_keys`) blocked. The
  word before `keys` now says when the keys are no secret issued;
- a sheet's column was marked as one whose rows keep their password in a store wherever a cell held a store's word
  among others, so an inventory's `location` cell `IT vault shelf 2` (a room) marked the column and its other rows'
  places (`Rack-B12x9`) blocked as passwords. A store's word now marks a note only where it ends it, no number beside it
  (`voir coffre`, `in vault`), or in brackets; a password manager by its name marks it as before.
Generated fakes only (seeds 9300200-9300299)."""
from __future__ import annotations

import pytest
from secretfence.engine import Engine

from tests.accuracy.labelled import blocked_lines
from tests.fakes import drawn, drawn_mixed

_DRAWN = drawn_mixed(9300200, 28)
_PASSWORD = f"{drawn_mixed(9300201, 8)}!{drawn(9300202, 3, '0123456789')}"


def _secrets(engine: Engine, filename: str, text: str) -> list:
    return [secret for _, _, secret in blocked_lines(engine, filename, text)]


@pytest.mark.parametrize("table", ["idempotency_keys", "cache_keys", "public_keys", "ssh_keys", "deploy_keys"])
def test_a_table_of_keys_no_service_issued_does_not_block(engine: Engine, table: str) -> None:
    text = f"INSERT INTO {table} (id, key, created_at) VALUES (1, '{_DRAWN}', now());\n"
    assert _secrets(engine, "db/seeds/001.sql", text) == []


@pytest.mark.parametrize("table", ["partner_keys", "api_keys", "client_api_keys"])
def test_a_table_of_issued_keys_still_blocks(engine: Engine, table: str) -> None:
    text = f"INSERT INTO {table} (partner, key, created_at) VALUES ('acme', '{_DRAWN}', now());\n"
    assert _secrets(engine, "db/seeds/001.sql", text) == [_DRAWN]


def test_a_room_called_a_vault_marks_no_column(engine: Engine) -> None:
    text = "item,location,owner\nlaptop,IT vault shelf 2,ana\nserver,Rack-B12x9,bo\nswitch,Closet-3F,cy\n"
    assert _secrets(engine, "inventory/items.csv", text) == []


@pytest.mark.parametrize("note", ["voir coffre", "in vault", "voir Bitwarden", "(vault)"])
def test_a_column_whose_rows_say_where_their_password_is_kept_still_gives_one(engine: Engine, note: str) -> None:
    text = f"router,site,admin_web\nrt-01,Lyon,{note}\nrt-02,Nantes,{_PASSWORD}\nrt-03,Lille,{note}\n"
    assert _secrets(engine, "inventaire/routeurs.csv", text) == [_PASSWORD]

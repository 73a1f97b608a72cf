"""Review 64 of stop 63's Swift header use (`setValue(KEY, forHTTPHeaderField: "X-Api-Key")`): Objective-C sends the
same header by message, `[request setValue:kWeatherKey forHTTPHeaderField:@"X-Api-Key"]`, its constant declared
`static NSString *const kWeatherKey = @"…";`: neither was read, so the key warned. Headers naming no credential
(Idempotency-Key, a cache's) still pass. Generated fakes only (seed 7300040)."""
from __future__ import annotations

import pytest

from secretfence.engine import Engine
from tests import fakes
from tests.accuracy.labelled import blocking

_KEY = fakes.drawn_mixed(7300040, 32)


@pytest.mark.parametrize("text", [
    f'static NSString *const kWeatherKey = @"{_KEY}";\n\n[request setValue:kWeatherKey forHTTPHeaderField:@"X-Api-Key"];\n',
    f'NSString *weatherKey = @"{_KEY}";\n[request addValue:weatherKey forHTTPHeaderField:@"x-rapidapi-key"];\n',
])
def test_an_objective_c_key_sent_as_an_api_key_header_blocks(text: str) -> None:
    assert _KEY in [finding.secret for finding in blocking(Engine().scan_text("Weather/WeatherService.m", text))]


@pytest.mark.parametrize("text", [
    f'static NSString *const kIdemKey = @"{_KEY}";\n[request setValue:kIdemKey forHTTPHeaderField:@"Idempotency-Key"];\n',
    f'static NSString *const kCacheKey = @"{_KEY}";\n[request setValue:kCacheKey forHTTPHeaderField:@"X-Cache-Key"];\n',
])
def test_an_objective_c_key_sent_as_another_header_passes(text: str) -> None:
    assert blocking(Engine().scan_text("Weather/WeatherService.m", text)) == []

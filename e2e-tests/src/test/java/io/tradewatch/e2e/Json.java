package io.tradewatch.e2e;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of the tests. */
final class Json {

    static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }
}

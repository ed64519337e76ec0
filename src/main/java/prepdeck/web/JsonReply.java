package prepdeck.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import prepdeck.contract.ContractJson;

/** Writes JSON replies, always through the contract's shapes. */
final class JsonReply {
    private final ContractJson json;

    JsonReply(ContractJson json) {
        this.json = json;
    }

    void send(Context ctx, int status, JsonNode body) {
        ctx.status(status).contentType("application/json; charset=utf-8").result(json.write(body));
    }

    void ok(Context ctx, JsonNode body) {
        send(ctx, 200, body);
    }

    void error(Context ctx, int status, String message) {
        send(ctx, status, json.error(message));
    }
}

package prepdeck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import prepdeck.app.InterviewQuestion;
import prepdeck.app.InterviewSession;
import prepdeck.app.MockInterviews;
import prepdeck.contract.ContractJson;
import prepdeck.contract.DeliveryJson;
import prepdeck.speech.BadAudio;
import prepdeck.speech.Delivery;
import prepdeck.speech.QuestionVoice;
import prepdeck.speech.Recordings;
import prepdeck.web.view.SpokenSession;

/**
 * The spoken mock interview's routes: each question read aloud by espeak-ng (cached per card under
 * {@code speech/questions/} in the data folder), and the user's recorded answers, kept under {@code recordings/}
 * in the data folder — on the user's own machine, so only in single-user mode — with their delivery figures
 * computed here from the WAV the page recorded, the key points the user ticked, and deletion.
 */
final class SpokenAnswers {
    static final long MAX_RECORDING_BYTES = 64L * 1024 * 1024;

    private final RequestUseCases.Resolver useCases;
    private final QuestionVoice voice;
    private final Optional<Recordings> recordings;
    private final ContractJson json;
    private final JsonReply reply;

    /** @param recordings empty on a server with accounts: answers are recorded only where the user's own data folder is */
    SpokenAnswers(RequestUseCases.Resolver useCases, QuestionVoice voice, Optional<Recordings> recordings, ContractJson json) {
        this.useCases = useCases;
        this.voice = voice;
        this.recordings = recordings;
        this.json = json;
        this.reply = new JsonReply(json);
    }

    void addTo(RoutesConfig routes) {
        routes.get("/api/interviews/{id}/questions/{n}/voice", this::questionAudio);
        routes.get("/api/interviews/{id}/questions/{n}/recording", this::recordingAudio);
        routes.post("/api/interviews/{id}/questions/{n}/recording", this::record);
        routes.delete("/api/interviews/{id}/questions/{n}/recording", this::deleteOne);
        routes.post("/api/interviews/{id}/questions/{n}/ticks", this::tick);
        routes.post("/interview/{id}/recordings/delete", this::deleteSession);
    }

    private void questionAudio(Context ctx) throws IOException {
        InterviewQuestion q = question(ctx);
        try {
            Path file = voice.audio(q.cardId(), q.language().code(), q.prompt());
            sendWav(ctx, file);
        } catch (QuestionVoice.NoVoice e) {
            throw new HttpProblem(503, e.getMessage());
        }
    }

    private void recordingAudio(Context ctx) throws IOException {
        question(ctx);
        Path file = store().find(id(ctx), position(ctx)).orElseThrow(() -> HttpProblem.notFound("question " + (position(ctx) + 1)
                + " of interview " + id(ctx) + " has no recording"));
        sendWav(ctx, file);
    }

    private static void sendWav(Context ctx, Path file) throws IOException {
        ctx.contentType("audio/wav").header("Cache-Control", "private, no-cache").result(Files.readAllBytes(file));
    }

    /** The page posts the answer's WAV as the body; the reply is its delivery figures. */
    private void record(Context ctx) throws IOException {
        // the body is read before the question is looked up: a reply sent while the client still sends would close
        // the connection under it, and the client would see a broken pipe instead of "no such question"
        byte[] body = ctx.bodyAsBytes();
        question(ctx);
        Recordings store = store();
        if (body.length > MAX_RECORDING_BYTES) throw new HttpProblem(413, "a recording of " + body.length + " bytes is more than 64 MB");
        Delivery figures;
        try {
            figures = store.save(id(ctx), position(ctx), body);
        } catch (BadAudio e) {
            throw HttpProblem.badRequest(e.getMessage());
        }
        ObjectNode o = new DeliveryJson(json).write(figures);
        o.put("recording", "/api/interviews/" + id(ctx) + "/questions/" + (position(ctx) + 1) + "/recording");
        reply.ok(ctx, o);
    }

    private void deleteOne(Context ctx) throws IOException {
        question(ctx);
        boolean had = store().delete(id(ctx), position(ctx));
        reply.ok(ctx, json.mapper().createObjectNode().put("deleted", had));
    }

    private void deleteSession(Context ctx) throws IOException {
        long id = id(ctx);
        interviews(ctx).session(id);
        store().deleteSession(id);
        ctx.redirect("/interview/" + id, io.javalin.http.HttpStatus.SEE_OTHER);
    }

    /** {@code {"points":[{"text","ticked"}]}}: the key points the user says the spoken answer covered. */
    private void tick(Context ctx) throws IOException {
        question(ctx);
        Recordings store = store();
        JsonNode body;
        try {
            body = json.mapper().readTree(ctx.body());
        } catch (JsonProcessingException e) {
            throw HttpProblem.badRequest("the body is not JSON: " + e.getOriginalMessage());
        }
        if (body == null || !body.path("points").isArray()) throw HttpProblem.badRequest("expected {\"points\":[{\"text\",\"ticked\"}]}");
        ObjectNode notes = json.mapper().createObjectNode();
        var points = notes.putArray("points");
        for (JsonNode p : body.get("points")) {
            if (!p.path("text").isTextual() || !p.path("ticked").isBoolean()) throw HttpProblem.badRequest("each point needs a text and ticked true or false");
            points.addObject().put("text", p.get("text").asText()).put("ticked", p.get("ticked").asBoolean());
        }
        Recordings.write(store.notes(id(ctx), position(ctx)), json.write(notes).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        reply.ok(ctx, notes);
    }

    /** A session's spoken answers for its report: figures, ticks, where to listen. */
    SpokenSession spoken(InterviewSession session) {
        if (recordings.isEmpty()) return SpokenSession.NONE;
        var answers = new ArrayList<SpokenSession.Answer>();
        recordings.get().figures(session.id()).forEach((position, figures) -> {
            if (position >= session.questions().size()) return;
            answers.add(new SpokenSession.Answer(position, session.questions().get(position).prompt(), figures, ticks(session.id(), position),
                    "/api/interviews/" + session.id() + "/questions/" + (position + 1) + "/recording"));
        });
        return new SpokenSession(answers);
    }

    private List<SpokenSession.Tick> ticks(long session, int position) {
        Path file = recordings.orElseThrow().notes(session, position);
        if (!Files.isRegularFile(file)) return List.of();
        try {
            var out = new ArrayList<SpokenSession.Tick>();
            for (JsonNode p : json.mapper().readTree(file.toFile()).path("points")) out.add(new SpokenSession.Tick(p.path("text").asText(), p.path("ticked").asBoolean()));
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private Recordings store() {
        return recordings.orElseThrow(() -> new HttpProblem(403,
                "spoken answers are kept only on your own machine: record them with prepdeck running there (prepdeck serve), not on a shared server"));
    }

    private InterviewQuestion question(Context ctx) {
        InterviewSession s = interviews(ctx).session(id(ctx));
        int position = position(ctx);
        if (position >= s.questions().size()) throw HttpProblem.notFound("interview " + s.id() + " has no question " + (position + 1));
        return s.questions().get(position);
    }

    private MockInterviews interviews(Context ctx) {
        return useCases.of(ctx).interviews().orElseThrow(() -> new HttpProblem(503, "this server was started without mock interviews"));
    }

    private static long id(Context ctx) {
        return Ids.parse("interview", ctx.pathParam("id"));
    }

    private static int position(Context ctx) {
        return Math.toIntExact(Math.min(Integer.MAX_VALUE, Ids.parse("question", ctx.pathParam("n")) - 1));
    }
}

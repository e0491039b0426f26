package io.wikiengine.graphql.http;

import com.sun.net.httpserver.HttpExchange;
import io.wikiengine.core.Wiki;
import io.wikiengine.core.access.Actor;
import io.wikiengine.core.asset.AssetDownload;
import io.wikiengine.core.asset.AssetService;
import io.wikiengine.core.auth.RequestRejectedException;
import io.wikiengine.core.error.WikiError;
import io.wikiengine.core.error.WikiException;
import io.wikiengine.graphql.internal.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The asset routes outside GraphQL: {@code POST /u} uploads (spec) and {@code GET /<asset path>}
 * downloads (R-9.10 with decision 26), plus the public signing key at {@code /.well-known/jwk.json|pem}.
 */
final class AssetRoutes {

    private static final Logger LOG = LoggerFactory.getLogger(AssetRoutes.class);
    private static final List<String> UPLOAD_SCOPES = List.of("write:assets", "manage:system");
    private static final List<String> PAGE_EXTENSIONS = List.of(".md", ".html", ".txt");

    private final Wiki wiki;

    AssetRoutes(Wiki wiki) {
        this.wiki = wiki;
    }

    /** Whether a GET of this path asks for an asset: its last segment has a dot and no page extension. */
    static boolean isAssetPath(String rawPath) {
        String last = rawPath.substring(rawPath.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return last.contains(".") && PAGE_EXTENSIONS.stream().noneMatch(last::endsWith);
    }

    void jwk(HttpExchange exchange, boolean pem) throws IOException {
        String body = pem ? wiki.auth().publicKeyPem() : wiki.auth().publicKeyJwk();
        send(exchange, 200, pem ? "application/x-pem-file" : "application/json; charset=utf-8", body);
    }

    void download(HttpExchange exchange) throws IOException {
        Actor actor;
        try {
            actor = actor(Tokens.fromRequest(exchange.getRequestHeaders(), true));
        } catch (RequestRejectedException rejected) {
            send(exchange, 401, "text/plain; charset=utf-8", rejected.getMessage());
            return;
        }
        if (actor == null) {
            send(exchange, 403, "text/plain; charset=utf-8", "Forbidden");
            return;
        }
        String path = URLDecoder.decode(exchange.getRequestURI().getRawPath(), StandardCharsets.UTF_8).strip();
        AssetDownload download;
        try {
            download = wiki.assets().open(actor, path);
        } catch (WikiException e) {
            if (e.is(WikiError.ASSET_INVALID)) {
                send(exchange, 404, "text/plain; charset=utf-8", "Not found");
            } else if (AssetService.FORBIDDEN.equals(e.getMessage())) {
                send(exchange, 403, "text/plain; charset=utf-8", "Forbidden");
            } else {
                LOG.warn("Asset {} could not be served: {}", path, e.getMessage());
                send(exchange, 500, "text/plain; charset=utf-8", e.getMessage());
            }
            return;
        }
        try (download) {
            var headers = exchange.getResponseHeaders();
            headers.set("Content-Type", download.contentType());
            headers.set("Content-Length", Long.toString(download.asset().fileSize()));
            if (download.attachment()) {
                headers.set("Content-Disposition", "attachment; filename="
                        + URLEncoder.encode(download.asset().filename(), StandardCharsets.UTF_8).replace("+", "%20"));
            }
            boolean head = exchange.getRequestMethod().equals("HEAD");
            exchange.sendResponseHeaders(200, head ? -1 : download.asset().fileSize());
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    download.content().transferTo(out);
                }
            }
        }
    }

    void upload(HttpExchange exchange) throws IOException {
        Actor actor;
        try {
            // on the upload route only the Authorization header counts, never the cookie.
            actor = actor(Tokens.fromRequest(exchange.getRequestHeaders(), false));
        } catch (RequestRejectedException rejected) {
            refuse(exchange, 401, rejected.getMessage());
            return;
        }
        if (actor == null || !wiki.permissions().hasAny(actor, UPLOAD_SCOPES)) {
            refuse(exchange, 403, AssetService.UPLOAD_FORBIDDEN);
            return;
        }
        String boundary = Multipart.boundary(exchange.getRequestHeaders().getFirst("Content-Type"));
        if (boundary == null) {
            refuse(exchange, 400, "Missing upload payload.");
            return;
        }
        long limit = wiki.config().maxUploadBytes();
        List<Spooled> files = new ArrayList<>();
        try {
            String folderJson = null;
            Multipart multipart = new Multipart(exchange.getRequestBody(), boundary);
            for (Multipart.Part part; (part = multipart.next()) != null; ) {
                if (part.filename() == null) {
                    if (folderJson == null && "mediaUpload".equals(part.name())) {
                        folderJson = new String(part.body().readNBytes(4096), StandardCharsets.UTF_8);
                    }
                    continue;
                }
                Spooled spooled = Spooled.of(part, limit);
                files.add(spooled);
                if (spooled.tooLarge()) {
                    exchange.getRequestBody().transferTo(OutputStream.nullOutputStream());
                    refuse(exchange, 413, "The file is larger than the upload limit of " + limit + " bytes.");
                    return;
                }
            }
            if (files.isEmpty()) {
                refuse(exchange, 400, "Missing upload payload.");
                return;
            }
            if (files.size() > 1) {
                refuse(exchange, 400, "You cannot upload multiple files within the same request.");
                return;
            }
            Spooled file = files.get(0);
            if (file.filename().isBlank()) {
                refuse(exchange, 500, AssetService.UPLOAD_METADATA_MISSING);
                return;
            }
            Integer folderId = folderId(folderJson);
            if (folderId == null) {
                refuse(exchange, 400, "Missing upload folder metadata.");
                return;
            }
            store(exchange, actor, folderId, file);
        } catch (IOException malformed) {
            refuse(exchange, 400, "Missing upload payload.");
        } finally {
            for (Spooled file : files) {
                Files.deleteIfExists(file.path());
            }
        }
    }

    private void store(HttpExchange exchange, Actor actor, int folderId, Spooled file) throws IOException {
        try (InputStream in = Files.newInputStream(file.path())) {
            wiki.assets().upload(actor, folderId, file.filename(), in, file.contentType());
        } catch (WikiException e) {
            String message = e.getMessage();
            if (AssetService.UPLOAD_FORBIDDEN.equals(message) || AssetService.UPLOAD_FOLDER_FORBIDDEN.equals(message)) {
                refuse(exchange, 403, message);
            } else if (AssetService.UPLOAD_FOLDER_MISSING.equals(message)) {
                refuse(exchange, 400, message);
            } else if (AssetService.UPLOAD_METADATA_MISSING.equals(message)) {
                refuse(exchange, 500, message);
            } else if (message != null && message.contains("upload limit")) {
                refuse(exchange, 413, message);
            } else {
                // Decision 26: an upload that fails to save is an error, never "ok".
                refuse(exchange, 500, message == null ? WikiError.ASSET_GENERIC_ERROR.message() : message);
            }
            return;
        }
        send(exchange, 200, "text/plain; charset=utf-8", "ok");
    }

    private @Nullable Actor actor(@Nullable String token) {
        if (token == null) {
            return wiki.auth().guest();
        }
        return wiki.auth().resolve(token).actor();
    }

    private static @Nullable Integer folderId(@Nullable String json) {
        if (json == null) {
            return null;
        }
        try {
            Object parsed = Json.parse(json);
            if (!(parsed instanceof Map<?, ?> map)) {
                return null;
            }
            Object id = map.get("folderId");
            if (id == null) {
                return 0;
            }
            return id instanceof Number n ? n.intValue() : null;
        } catch (Json.JsonException e) {
            return null;
        }
    }

    private static void refuse(HttpExchange exchange, int status, String message) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("succeeded", false);
        body.put("message", message);
        send(exchange, status, "application/json; charset=utf-8", Json.write(body));
    }

    private static void send(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    /** A file part spooled to a temporary file, so its size and the part count are known before storing. */
    private record Spooled(Path path, String filename, @Nullable String contentType, boolean tooLarge) {

        static Spooled of(Multipart.Part part, long limit) throws IOException {
            Path path = Files.createTempFile("wiki-upload-", ".part");
            long written = 0;
            boolean tooLarge = false;
            byte[] buffer = new byte[64 * 1024];
            try (OutputStream out = Files.newOutputStream(path)) {
                for (int n; (n = part.body().read(buffer)) > 0; ) {
                    written += n;
                    if (written > limit) {
                        tooLarge = true;
                        break;
                    }
                    out.write(buffer, 0, n);
                }
            }
            String name = part.filename();
            return new Spooled(path, name == null ? "" : name, part.contentType(), tooLarge);
        }
    }
}

package org.learn2mix.data.locate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.learn2mix.data.TestFiles;

/** The real downloader against a server on the loopback interface. */
class HttpDownloaderTest {
  private static final byte[] BODY = TestFiles.idxLabels(1, 2, 3);

  @TempDir Path dir;
  private HttpServer server;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext(
        "/file.gz",
        exchange -> {
          exchange.sendResponseHeaders(200, BODY.length);
          try (OutputStream out = exchange.getResponseBody()) {
            out.write(BODY);
          }
        });
    server.createContext(
        "/moved",
        exchange -> {
          exchange.getResponseHeaders().add("Location", "/file.gz");
          exchange.sendResponseHeaders(302, -1);
          exchange.close();
        });
    server.start();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  @Test
  void writesTheBodyFollowingRedirectsAndReplacingTheTarget() throws IOException {
    Path target = Files.write(dir.resolve("t"), new byte[1000]);
    new HttpDownloader().fetch(url("/moved"), target);
    assertArrayEquals(BODY, Files.readAllBytes(target));
  }

  @Test
  void anErrorStatusIsAnIoException() {
    IOException e =
        assertThrows(
            IOException.class, () -> new HttpDownloader().fetch(url("/absent"), dir.resolve("t")));
    assertEquals("the server answered HTTP 404", e.getMessage());
  }
}

package org.learn2mix.data.locate;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ProxySelector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;

/**
 * Downloads over HTTP(S) with the JDK's client, following redirects and the JVM's proxy settings
 * ({@code -Dhttps.proxyHost} and the like). Gives up on a server that does not connect within 30
 * seconds.
 */
public final class HttpDownloader implements Downloader {
  private HttpClient client;

  /** The client, made on the first download: it starts a thread, which most runs never need. */
  private synchronized HttpClient client() {
    if (client == null) {
      client =
          HttpClient.newBuilder()
              .followRedirects(HttpClient.Redirect.NORMAL)
              .proxy(ProxySelector.getDefault())
              .connectTimeout(Duration.ofSeconds(30))
              .build();
    }
    return client;
  }

  @Override
  public void fetch(URI url, Path target) throws IOException {
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(Duration.ofMinutes(2))
            .header("User-Agent", "learn2mix")
            .GET()
            .build();
    HttpResponse<Path> response;
    try {
      response =
          client()
              .send(
                  request,
                  HttpResponse.BodyHandlers.ofFile(
                      target,
                      StandardOpenOption.CREATE,
                      StandardOpenOption.WRITE,
                      StandardOpenOption.TRUNCATE_EXISTING));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("download interrupted");
    }
    if (response.statusCode() != 200) {
      throw new IOException("the server answered HTTP " + response.statusCode());
    }
  }
}

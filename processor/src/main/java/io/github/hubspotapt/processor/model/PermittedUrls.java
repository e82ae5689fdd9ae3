package io.github.hubspotapt.processor.model;

import java.util.List;

/** {@code @PermittedUrls}: the {@code config.permittedUrls} block. */
public record PermittedUrls(
    List<Located<String>> fetch, List<Located<String>> iframe, List<Located<String>> img) {}

package org.icsdocs.core.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.icsdocs.core.testing.DefinitionFixture;

/**
 * Hostile cases too big, too binary or too platform-bound to keep as files: the corpus names them
 * {@code gen <name>} and they are made here, in the test's temporary folder.
 */
final class Generated {

    private static final String PAPER = "meetings[id=board-2026-09].agenda[1].items[0].paper";

    private Generated() {
    }

    static void apply(String name, DefinitionFixture f, Path temp) throws IOException {
        Path root = f.root();
        Path people = root.resolve("people.yaml");
        switch (name) {
            case "file-50mb" -> HostileInputTest.sparse(people, 50L * 1024 * 1024, "people:\n".getBytes(StandardCharsets.UTF_8));
            case "file-just-over-4mb" -> {
                StringBuilder s = new StringBuilder(Files.readString(people));
                while (s.length() <= 4 * 1024 * 1024) {
                    s.append("# padding padding padding padding padding padding padding padding padding\n");
                }
                Files.writeString(people, s);
            }
            case "file-3mb-comments-loads" -> {
                StringBuilder s = new StringBuilder(Files.readString(people));
                while (s.length() <= 3 * 1024 * 1024) {
                    s.append("# padding padding padding padding padding padding padding padding padding\n");
                }
                Files.writeString(people, s);
            }
            case "deep-flow-sequence" -> Files.writeString(root.resolve("extra.yaml"), "people: " + "[".repeat(20_000) + "]".repeat(20_000) + "\n");
            case "deep-flow-mapping" -> Files.writeString(root.resolve("extra.yaml"), "people: " + "{a: ".repeat(20_000) + "1" + "}".repeat(20_000) + "\n");
            case "deep-block-mapping" -> {
                StringBuilder s = new StringBuilder("ics-extra:\n");
                for (int i = 1; i < 400; i++) {
                    s.append("  ".repeat(i)).append("k:\n");
                }
                Files.writeString(root.resolve("extra.yaml"), s.toString());
            }
            case "deep-nesting-in-known-key" -> Files.writeString(root.resolve("extra.yaml"),
                    "people:\n  - id: deep\n    name: " + "[".repeat(45) + "x" + "]".repeat(45) + "\n");
            case "alias-bomb" -> {
                StringBuilder s = new StringBuilder("a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n");
                for (int i = 1; i < 10; i++) {
                    s.append("a").append(i).append(": &a").append(i).append(" [");
                    for (int j = 0; j < 9; j++) {
                        s.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
                    }
                    s.append("]\n");
                }
                s.append("people: *a9\n");
                Files.writeString(root.resolve("extra.yaml"), s.toString());
            }
            case "alias-bomb-in-known-key" -> {
                StringBuilder s = new StringBuilder("people:\n  - &p { id: x0, name: X }\n");
                for (int i = 1; i < 60; i++) {
                    s.append("  - *p\n");
                }
                Files.writeString(root.resolve("extra.yaml"), s.toString());
            }
            case "recursive-alias" -> Files.writeString(root.resolve("extra.yaml"), "people: &a [ *a ]\n");
            case "many-keys" -> {
                StringBuilder s = new StringBuilder("ics-extra:\n");
                for (int i = 0; i < 100_000; i++) {
                    s.append("  k").append(i).append(": v\n");
                }
                Files.writeString(root.resolve("extra.yaml"), s.toString());
            }
            case "many-list-entries" -> {
                StringBuilder s = new StringBuilder("people:\n");
                for (int i = 0; i < 20_000; i++) {
                    s.append("  - { id: filler-").append(i).append(", name: Filler ").append(i).append(" }\n");
                }
                Files.writeString(root.resolve("people-more.yaml"), s.toString());
            }
            case "long-string-1mb" -> f.set("people[id=hw-rep].name", "Oz " + "Voice".repeat(200_000));
            case "long-key-100k" -> Files.writeString(root.resolve("extra.yaml"), "people:\n  - id: x\n    " + "k".repeat(100_000) + ": v\n");
            case "utf16-with-bom" -> {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                b.write(0xFF);
                b.write(0xFE);
                b.write(Files.readString(people).getBytes(StandardCharsets.UTF_16LE));
                Files.write(people, b.toByteArray());
            }
            case "latin1-pound" -> Files.write(root.resolve("extra.yaml"), "people:\n  - { id: x, name: Cost \u00a3 }\n".getBytes(StandardCharsets.ISO_8859_1));
            case "crlf-everywhere" -> {
                try (var walk = Files.walk(root)) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        Files.writeString(p, Files.readString(p).replace("\n", "\r\n"));
                    }
                }
            }
            case "cr-only-everywhere" -> {
                try (var walk = Files.walk(root)) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        Files.writeString(p, Files.readString(p).replace("\n", "\r"));
                    }
                }
            }
            case "bom-everywhere" -> {
                try (var walk = Files.walk(root)) {
                    for (Path p : walk.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                        Files.writeString(p, "\uFEFF" + Files.readString(p));
                    }
                }
            }
            case "yaml-symlink-outside" -> {
                Path outside = temp.resolve("outside/secret.yaml");
                Files.createDirectories(outside.getParent());
                Files.writeString(outside, "people:\n  - { id: secret, name: Secret Person }\n");
                Files.createSymbolicLink(root.resolve("linked.yaml"), outside);
            }
            case "folder-symlink-outside" -> {
                Path outside = temp.resolve("outside-dir");
                Files.createDirectories(outside);
                Files.writeString(outside.resolve("more.yaml"), "people:\n  - { id: secret, name: Secret Person }\n");
                Files.createSymbolicLink(root.resolve("linked-dir"), outside);
            }
            case "dangling-yaml-symlink" -> Files.createSymbolicLink(root.resolve("gone.yaml"), temp.resolve("nowhere.yaml"));
            case "yaml-is-a-folder" -> Files.createDirectories(root.resolve("folder.yaml"));
            case "paper-symlink-outside" -> {
                Path outside = temp.resolve("outside/secret.md");
                Files.createDirectories(outside.getParent());
                Files.writeString(outside, "# Secret\n");
                Files.createSymbolicLink(root.resolve("meetings/papers/linked.md"), outside);
                f.set(PAPER, "papers/linked.md");
            }
            case "paper-absolute-outside" -> {
                Path outside = temp.resolve("outside/abs.md");
                Files.createDirectories(outside.getParent());
                Files.writeString(outside, "# Secret\n");
                f.set(PAPER, outside.toString());
            }
            case "paper-folder-symlink-outside" -> {
                Path outside = temp.resolve("outside-papers");
                Files.createDirectories(outside);
                Files.writeString(outside.resolve("p.md"), "# Secret\n");
                Files.createSymbolicLink(root.resolve("meetings/linked"), outside);
                f.set(PAPER, "linked/p.md");
            }
            case "paper-invalid-utf8" -> {
                Files.write(root.resolve("meetings/papers/bad.md"), new byte[] {'#', ' ', 'A', (byte) 0xC3, (byte) 0x28, '\n'});
                f.set(PAPER, "papers/bad.md");
            }
            case "paper-11mb" -> {
                HostileInputTest.sparse(root.resolve("meetings/papers/big.md"), 11L * 1024 * 1024, "# Big\n".getBytes(StandardCharsets.UTF_8));
                f.set(PAPER, "papers/big.md");
            }
            case "pdf-enormous" -> {
                HostileInputTest.sparse(root.resolve("meetings/papers/big.pdf"), 101L * 1024 * 1024, pdf(null, 1));
                f.set(PAPER, "papers/big.pdf");
            }
            case "pdf-encrypted-user-password" -> pdfPaper(f, pdf("secret", 1));
            case "pdf-encrypted-owner-only" -> pdfPaper(f, pdf("", 1));
            case "pdf-truncated" -> pdfPaper(f, java.util.Arrays.copyOf(pdf(null, 1), 40));
            case "pdf-garbage" -> pdfPaper(f, "%PDF-1.7\n\u0000\u0001garbage garbage\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
            case "pdf-html-inside" -> pdfPaper(f, "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
            case "pdf-empty-file" -> pdfPaper(f, new byte[0]);
            case "pdf-zero-pages" -> pdfPaper(f, pdf(null, 0));
            case "pdf-valid-loads" -> pdfPaper(f, pdf(null, 2));
            case "pdf-sparse-zeros" -> {
                HostileInputTest.sparse(root.resolve("meetings/papers/report.pdf"), 5L * 1024 * 1024, new byte[0]);
                f.set(PAPER, "papers/report.pdf");
            }
            default -> throw new IllegalStateException("no generated case " + name);
        }
    }

    private static void pdfPaper(DefinitionFixture f, byte[] bytes) throws IOException {
        Files.write(f.root().resolve("meetings/papers/report.pdf"), bytes);
        f.set(PAPER, "papers/report.pdf");
    }

    static byte[] pdf(String userPassword, int pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (int i = 0; i < pages; i++) {
                doc.addPage(new PDPage());
            }
            if (userPassword != null) {
                AccessPermission none = new AccessPermission();
                none.setCanModify(false);
                none.setCanExtractContent(false);
                StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-" + userPassword, userPassword, none);
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            doc.save(b);
            return b.toByteArray();
        }
    }
}

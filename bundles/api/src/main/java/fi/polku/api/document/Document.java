package fi.polku.api.document;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A document's content, in reading order: who sends it, to whom, its title and facts at the top
 * (the decision's date, its number), sections of paragraphs and facts, and a closing text. Every
 * text is in {@link #language()} already. Build one with {@link #builder}.
 */
public final class Document {
    /** A label and its value, such as "Päätöksen päivämäärä" and "2.12.2026". */
    public record Fact(String label, String value) {
        public Fact {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
        }
    }

    /** A titled part of the document: its paragraphs, then its facts. */
    public record Section(String heading, List<String> paragraphs, List<Fact> facts) {
        public Section {
            Objects.requireNonNull(heading, "heading");
            paragraphs = List.copyOf(paragraphs);
            facts = List.copyOf(facts);
        }
    }

    private final String language;
    private final String title;
    private final List<String> sender;
    private final List<String> recipient;
    private final List<Fact> facts;
    private final List<Section> sections;
    private final List<String> closing;

    private Document(Builder b) {
        this.language = b.language;
        this.title = b.title;
        this.sender = List.copyOf(b.sender);
        this.recipient = List.copyOf(b.recipient);
        this.facts = List.copyOf(b.facts);
        this.sections = b.sections.stream().map(s -> new Section(s.heading, s.paragraphs, s.facts)).toList();
        this.closing = List.copyOf(b.closing);
    }

    /** A document in {@code language} (a tag such as {@code fi}, {@code sv}, {@code en}) titled {@code title}. */
    public static Builder builder(String language, String title) {
        return new Builder(Objects.requireNonNull(language, "language"), Objects.requireNonNull(title, "title"));
    }

    public String language() {
        return language;
    }

    public String title() {
        return title;
    }

    /** The sender's lines, at the top left. */
    public List<String> sender() {
        return sender;
    }

    /** The recipient's lines, under the sender. */
    public List<String> recipient() {
        return recipient;
    }

    /** The facts under the title. */
    public List<Fact> facts() {
        return facts;
    }

    public List<Section> sections() {
        return sections;
    }

    /** The closing paragraphs, after the sections (a signature, a contact). */
    public List<String> closing() {
        return closing;
    }

    public static final class Builder {
        private final String language;
        private final String title;
        private final List<String> sender = new ArrayList<>();
        private final List<String> recipient = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();
        private final List<SectionBuilder> sections = new ArrayList<>();
        private final List<String> closing = new ArrayList<>();

        private Builder(String language, String title) {
            this.language = language;
            this.title = title;
        }

        public Builder sender(String... lines) {
            sender.addAll(List.of(lines));
            return this;
        }

        public Builder recipient(String... lines) {
            recipient.addAll(List.of(lines));
            return this;
        }

        public Builder fact(String label, String value) {
            facts.add(new Fact(label, value));
            return this;
        }

        /** Starts a section; the paragraphs and facts that follow go into it. */
        public SectionBuilder section(String heading) {
            SectionBuilder s = new SectionBuilder(this, Objects.requireNonNull(heading, "heading"));
            sections.add(s);
            return s;
        }

        public Builder closing(String paragraph) {
            closing.add(Objects.requireNonNull(paragraph, "paragraph"));
            return this;
        }

        public Document build() {
            return new Document(this);
        }
    }

    /** The section being built; {@link #section}, {@link #closing} and {@link #build} go on with the document. */
    public static final class SectionBuilder {
        private final Builder document;
        private final String heading;
        private final List<String> paragraphs = new ArrayList<>();
        private final List<Fact> facts = new ArrayList<>();

        private SectionBuilder(Builder document, String heading) {
            this.document = document;
            this.heading = heading;
        }

        public SectionBuilder paragraph(String text) {
            paragraphs.add(Objects.requireNonNull(text, "text"));
            return this;
        }

        public SectionBuilder fact(String label, String value) {
            facts.add(new Fact(label, value));
            return this;
        }

        public SectionBuilder section(String heading) {
            return document.section(heading);
        }

        public Builder closing(String paragraph) {
            return document.closing(paragraph);
        }

        public Document build() {
            return document.build();
        }
    }
}

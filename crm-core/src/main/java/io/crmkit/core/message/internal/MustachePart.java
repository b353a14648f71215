package io.crmkit.core.message.internal;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One part of a template (subject, HTML or text) compiled by mustache.java, with the merge fields
 * it names and the constructs it uses that crmkit refuses: partials and template inheritance (they
 * would read other templates), mustache.java's extensions, sections nested deeper than {@value
 * #MAX_DEPTH} levels, and, in HTML, the unescaped forms.
 */
final class MustachePart {

  /** The deepest sections may nest: rendering recurses once per level. */
  static final int MAX_DEPTH = 20;

  /** A merge field named by a tag, with the line of the tag. */
  record Reference(String name, int line) {}

  private final Mustache mustache;
  private final List<Reference> references;
  private final List<String> refusals;

  private MustachePart(Mustache mustache, List<Reference> references, List<String> refusals) {
    this.mustache = mustache;
    this.references = List.copyOf(references);
    this.refusals = List.copyOf(refusals);
  }

  /**
   * Compiles {@code source}, the part called {@code part}.
   *
   * @param html whether merged values are HTML-escaped (and unescaped tags refused)
   * @throws MustacheException if {@code source} is not valid Mustache
   */
  static MustachePart compile(String part, String source, boolean html) {
    PartFactory factory = new PartFactory(html);
    Mustache compiled;
    try {
      compiled = factory.compile(new StringReader(source), part);
    } catch (StackOverflowError tooDeep) {
      // the parser recurses once per open section: thousands of them exhaust the stack
      throw new MustacheException(
          "sections are nested too deeply (at most " + MAX_DEPTH + " levels)", tooDeep);
    }
    int depth = depth(compiled.getCodes());
    if (depth > MAX_DEPTH) {
      factory.refusals.add(
          "sections are nested " + depth + " levels deep; at most " + MAX_DEPTH + " levels");
    }
    return new MustachePart(compiled, factory.references, factory.refusals);
  }

  /** Returns how deep sections nest in {@code codes}: 0 for none, 1 for sections without more. */
  private static int depth(Code @Nullable [] codes) {
    int deepest = 0;
    if (codes != null) {
      for (Code code : codes) {
        Code[] inner = code.getCodes();
        if (inner != null) {
          deepest = Math.max(deepest, 1 + depth(inner));
        }
      }
    }
    return deepest;
  }

  /** Returns the merge fields the part names, in order, with their lines. */
  List<Reference> references() {
    return references;
  }

  /** Returns what the part uses that crmkit refuses, in words, with lines; empty if nothing. */
  List<String> refusals() {
    return refusals;
  }

  /** Returns the part rendered with the values of {@code scope}, nested maps of text. */
  String render(Map<String, Object> scope) {
    return mustache.execute(new StringWriter(), scope).toString();
  }

  /** A factory for one compilation: it collects what the visitor sees. */
  private static final class PartFactory extends DefaultMustacheFactory {

    private final boolean html;
    private final List<Reference> references = new ArrayList<>();
    private final List<String> refusals = new ArrayList<>();

    PartFactory(boolean html) {
      // no resolver ever reads a template: partials are refused before they are looked up
      super(name -> null);
      this.html = html;
    }

    @Override
    public void encode(String value, Writer writer) {
      if (html) {
        super.encode(value, writer);
        return;
      }
      try {
        writer.write(value);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public MustacheVisitor createMustacheVisitor() {
      return new CheckingVisitor(this);
    }

    void refuse(TemplateContext tc, String what) {
      refusals.add("line " + tc.line() + ": " + what);
    }
  }

  /** Records the names the tags use and refuses the constructs crmkit does not allow. */
  private static final class CheckingVisitor extends DefaultMustacheVisitor {

    private final PartFactory factory;

    CheckingVisitor(PartFactory factory) {
      super(factory);
      this.factory = factory;
    }

    @Override
    public void value(TemplateContext tc, String variable, boolean encoded) {
      factory.references.add(new Reference(variable, tc.line()));
      if (!encoded && factory.html) {
        factory.refuse(
            tc, "{{{" + variable + "}}} would merge unescaped HTML; write {{" + variable + "}}");
        return;
      }
      super.value(tc, variable, encoded);
    }

    @Override
    public void iterable(TemplateContext tc, String variable, Mustache mustache) {
      factory.references.add(new Reference(variable, tc.line()));
      super.iterable(tc, variable, mustache);
    }

    @Override
    public void notIterable(TemplateContext tc, String variable, Mustache mustache) {
      factory.references.add(new Reference(variable, tc.line()));
      super.notIterable(tc, variable, mustache);
    }

    @Override
    public void partial(TemplateContext tc, String variable, String indent) {
      factory.refuse(tc, "partials ({{>" + variable + "}}) are not allowed");
    }

    @Override
    public void dynamicPartial(TemplateContext tc, String variable, String indent) {
      factory.refuse(tc, "partials ({{>*" + variable + "}}) are not allowed");
    }

    @Override
    public void extend(TemplateContext tc, String variable, Mustache mustache) {
      factory.refuse(tc, "template inheritance ({{<" + variable + "}}) is not allowed");
    }

    @Override
    public void name(TemplateContext tc, String variable, Mustache mustache) {
      factory.refuse(tc, "blocks ({{$" + variable + "}}) are not allowed");
    }

    @Override
    public void checkName(TemplateContext tc, String variable, Mustache mustache) {
      factory.refuse(tc, "checks ({{?" + variable + "}}) are not allowed");
    }

    @Override
    public void pragma(TemplateContext tc, String pragma, String args) {
      factory.refuse(tc, "pragmas ({{%" + pragma + "}}) are not allowed");
    }
  }
}

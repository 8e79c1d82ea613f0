// Graphviz export through libcgraph (the DOT text is written by agwrite, never by string
// concatenation) and rendering through libgvc with the layout and render plugins linked
// in, so no `dot -c` plugin configuration is needed on the machine.
#include <graphviz/cgraph.h>
#include <graphviz/gvc.h>
#include <graphviz/gvplugin.h>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <memory>
#include <mutex>
#include <set>

#include "exporters.h"
#include "jaring/error.h"
#include "jaring/model.h"

extern "C" {
extern gvplugin_library_t gvplugin_dot_layout_LTX_library;
extern gvplugin_library_t gvplugin_neato_layout_LTX_library;
extern gvplugin_library_t gvplugin_core_LTX_library;
extern gvplugin_library_t gvplugin_pango_LTX_library;
}

namespace jaring {
namespace {

lt_symlist_t kBuiltinPlugins[] = {
    {"gvplugin_dot_layout_LTX_library", &gvplugin_dot_layout_LTX_library},
    {"gvplugin_neato_layout_LTX_library", &gvplugin_neato_layout_LTX_library},
    {"gvplugin_core_LTX_library", &gvplugin_core_LTX_library},
    {"gvplugin_pango_LTX_library", &gvplugin_pango_LTX_library},
    {nullptr, nullptr},
};

struct Style {
  const char* shape;
  const char* fill;
};

Style style_of(EntityType t) {
  switch (t) {
    case EntityType::Country: return {"box", "#cfe2f3"};
    case EntityType::Person: return {"ellipse", "#fff2cc"};
    case EntityType::Organization: return {"hexagon", "#d9ead3"};
    case EntityType::Place: return {"house", "#f4cccc"};
  }
  return {"ellipse", "#ffffff"};
}

const char* quad_colour(std::string_view quad) {
  if (quad == "verbal_cooperation") return "#38761d";
  if (quad == "material_cooperation") return "#1155cc";
  if (quad == "verbal_conflict") return "#e69138";
  if (quad == "material_conflict") return "#cc0000";
  return "#777777";  // affiliation
}

using GraphPtr = std::unique_ptr<Agraph_t, int (*)(Agraph_t*)>;

// cgraph takes char*; it copies every string it is given.
char* c(const std::string& s) { return const_cast<char*>(s.c_str()); }
char* c(const char* s) { return const_cast<char*>(s); }

void set(void* obj, const char* name, const std::string& value) { agsafeset(obj, c(name), c(value), c("")); }

void legend(Agraph_t* g, const KnowledgeGraph& kg, const std::set<EntityType>& types,
            const std::set<std::string>& quads) {
  Agraph_t* box = agsubg(g, c("cluster_legend"), 1);
  set(box, "label", "Legend");
  set(box, "style", "rounded");
  set(box, "color", "#999999");
  Agnode_t* prev = nullptr;
  for (EntityType t : types) {
    const std::string id = "legend_" + std::string(to_string(t));
    Agnode_t* n = agnode(box, c(id), 1);
    set(n, "label", std::string(to_string(t)));
    set(n, "shape", style_of(t).shape);
    set(n, "fillcolor", style_of(t).fill);
    if (prev) set(agedge(box, prev, n, c(id + "_order"), 1), "style", "invis");
    prev = n;
  }
  for (const std::string& q : quads) {
    const std::string a = "legend_" + q + "_from", b = "legend_" + q + "_to";
    Agnode_t* na = agnode(box, c(a), 1);
    Agnode_t* nb = agnode(box, c(b), 1);
    for (Agnode_t* n : {na, nb}) {
      set(n, "label", "");
      set(n, "shape", "point");
      set(n, "width", "0.05");
    }
    Agedge_t* e = agedge(box, na, nb, c(q), 1);
    std::string label = q;
    for (char& ch : label)
      if (ch == '_') ch = ' ';
    set(e, "label", label);
    set(e, "color", quad_colour(q));
    set(e, "fontcolor", quad_colour(q));
  }
  (void)kg;
}

GraphPtr build_cgraph(const KnowledgeGraph& kg) {
  GraphPtr g(agopen(c("jaring"), Agdirected, nullptr), &agclose);
  set(g.get(), "charset", "UTF-8");
  set(g.get(), "rankdir", "LR");
  set(g.get(), "fontname", "Helvetica");
  set(g.get(), "overlap", "false");
  set(g.get(), "splines", "true");
  agattr(g.get(), AGNODE, c("fontname"), c("Helvetica"));
  agattr(g.get(), AGNODE, c("style"), c("filled"));
  agattr(g.get(), AGEDGE, c("fontname"), c("Helvetica"));
  agattr(g.get(), AGEDGE, c("fontsize"), c("10"));

  const Graph& bg = kg.graph();
  std::set<EntityType> types;
  std::set<std::string> quads;
  for (const Vertex v : kg.sorted_vertices()) {
    const VertexData& d = bg[v];
    Agnode_t* n = agnode(g.get(), c(d.id), 1);
    set(n, "label", d.name);
    set(n, "shape", style_of(d.type).shape);
    set(n, "fillcolor", style_of(d.type).fill);
    std::string tip = std::string(to_string(d.type)) + (d.qid.empty() ? "" : " " + d.qid);
    set(n, "tooltip", tip);
    types.insert(d.type);
  }
  for (const Edge e : kg.sorted_edges()) {
    const EdgeData& d = bg[e];
    Agnode_t* s = agnode(g.get(), c(bg[boost::source(e, bg)].id), 0);
    Agnode_t* o = agnode(g.get(), c(bg[boost::target(e, bg)].id), 0);
    Agedge_t* edge = agedge(g.get(), s, o, c(d.relation), 1);
    const Relation* r = kg.relations().find(d.relation);
    const std::string quad = r ? r->quad_class : "affiliation";
    quads.insert(quad);
    set(edge, "label", r ? r->label : d.relation);
    set(edge, "color", quad_colour(quad));
    set(edge, "fontcolor", quad_colour(quad));
    char width[16];
    std::snprintf(width, sizeof width, "%.1f", 1.0 + std::log2(static_cast<double>(d.mentions())));
    set(edge, "penwidth", width);
    std::string style = d.asserted() == 0 ? "dotted" : (quad == "affiliation" ? "dashed" : "solid");
    set(edge, "style", style);
    if (r && r->symmetric) set(edge, "dir", "both");
    set(edge, "tooltip", std::to_string(d.mentions()) + " mention(s) in " +
                             std::to_string(d.documents().size()) + " document(s)");
  }
  if (!types.empty()) legend(g.get(), kg, types, quads);
  return g;
}

class DotExporter : public Exporter {
 public:
  std::string_view name() const override { return "dot"; }
  std::string_view description() const override { return "Graphviz DOT, written by libcgraph"; }
  void write(const KnowledgeGraph& kg, std::ostream& out) const override {
    GraphPtr g = build_cgraph(kg);
    char* buf = nullptr;
    std::size_t len = 0;
    FILE* mem = open_memstream(&buf, &len);
    if (!mem) throw OutputError("cannot allocate DOT buffer");
    agwrite(g.get(), mem);
    std::fclose(mem);
    out.write(buf, static_cast<std::streamsize>(len));
    std::free(buf);
  }
};

// One Graphviz context for the life of the process, used by one render at a time.
// Graphviz's pango plugin keeps a pointer to the last font name it laid out, and that
// name belongs to the context's font table: freeing the context (gvFreeContext) after a
// render left the next render comparing against freed memory (AddressSanitizer found
// it). Kept, the context also stays reachable, so its caches are not leaks.
GVC_t* graphviz_context(std::unique_lock<std::mutex>& lock) {
  static std::mutex mutex;
  static GVC_t* const gvc = gvContextPlugins(kBuiltinPlugins, 0);
  lock = std::unique_lock<std::mutex>(mutex);
  return gvc;
}

class RenderExporter : public Exporter {
 public:
  RenderExporter(std::string format, std::string layout) : format_(std::move(format)), layout_(std::move(layout)) {}
  std::string_view name() const override { return format_; }
  std::string_view description() const override { return "a diagram rendered by libgvc"; }
  void write(const KnowledgeGraph& kg, std::ostream& out) const override {
    GraphPtr g = build_cgraph(kg);
    std::unique_lock<std::mutex> lock;
    GVC_t* const gvc = graphviz_context(lock);
    if (gvLayout(gvc, g.get(), layout_.c_str()) != 0)
      throw OutputError("graphviz layout '" + layout_ + "' failed");
    char* data = nullptr;
    unsigned int len = 0;
    const int rc = gvRenderData(gvc, g.get(), format_ == "pdf" ? "pdf:cairo" : format_ == "png" ? "png:cairo" : "svg", &data, &len);
    gvFreeLayout(gvc, g.get());
    if (rc != 0 || !data) throw OutputError("graphviz cannot render " + format_);
    out.write(data, len);
    gvFreeRenderData(data);
  }

 private:
  std::string format_;
  std::string layout_;
};

}  // namespace

std::unique_ptr<Exporter> make_dot_exporter() { return std::make_unique<DotExporter>(); }
std::unique_ptr<Exporter> make_svg_exporter() { return std::make_unique<RenderExporter>("svg", "dot"); }
std::unique_ptr<Exporter> make_png_exporter() { return std::make_unique<RenderExporter>("png", "dot"); }
std::unique_ptr<Exporter> make_pdf_exporter() { return std::make_unique<RenderExporter>("pdf", "dot"); }

std::vector<std::string> layout_names() { return {"dot", "neato", "fdp", "sfdp"}; }

std::unique_ptr<Exporter> make_diagram_exporter(std::string_view format, std::string_view layout) {
  const std::vector<std::string> layouts = layout_names();
  if (std::find(layouts.begin(), layouts.end(), layout) == layouts.end())
    throw UsageError("unknown layout '" + std::string(layout) + "' (known: dot, neato, fdp, sfdp)");
  if (format != "svg" && format != "png" && format != "pdf")
    throw UsageError("cannot draw a diagram as '" + std::string(format) + "' (known: svg, png, pdf)");
  return std::make_unique<RenderExporter>(std::string(format), std::string(layout));
}

}  // namespace jaring

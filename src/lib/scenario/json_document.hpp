// Strict JSON text to a flat, read-only document (internal to the scenario unit).
//
// The document is one vector of nodes in document order (pre-order): a container's children
// follow it, and each node knows where its subtree ends, so walking needs no recursion and no
// per-node allocation. Keys and strings live in one character arena. JSON pointers are built only
// when a problem needs one.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "crmroi/problem.hpp"

namespace crmroi::scenario_detail {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = 0xFFFFFFFFu;

enum class JsonKind : std::uint8_t {
  null,
  boolean,
  integer,           ///< a JSON number without fraction or exponent that fits std::int64_t
  unsigned_integer,  ///< ... that fits only std::uint64_t
  floating,          ///< any other JSON number (always finite)
  string,
  object,
  array,
};

/// 24 bytes: what a value needs besides its text, in unions of what its kind cannot have at once.
struct JsonNode {
  JsonKind kind = JsonKind::null;
  bool boolean = false;
  bool duplicate = false;  ///< a repeated key of its object: reported once, then ignored
  NodeId parent = kNoNode;
  /// A member of an object: its key in the arena (key_offset, key_length). An element of an
  /// array: its position in key_offset (pointers in constant time).
  std::uint32_t key_offset = 0;
  std::uint32_t key_length = 0;
  union {
    std::int64_t integer;
    std::uint64_t unsigned_integer;
    double floating;
    struct {
      std::uint32_t offset;
      std::uint32_t length;
    } string;      ///< a string's text in the arena
    NodeId end;    ///< a container: one past the last node of its subtree
  } number = {0};  ///< the value: a number, a string's place, a container's end

  [[nodiscard]] bool is_container() const {
    return kind == JsonKind::object || kind == JsonKind::array;
  }
  [[nodiscard]] std::uint32_t index() const { return key_offset; }
};
static_assert(sizeof(JsonNode) == 24);

/// A problem with the node it is about, so that problems can be sorted into document order.
struct LocatedProblem {
  NodeId node = kNoNode;  ///< kNoNode: after every node (syntax problems)
  Problem problem;
};

/// Collects problems up to kMaxProblemsPerDocument, then only counts them.
class ProblemSink {
 public:
  [[nodiscard]] bool has_room() const;
  [[nodiscard]] bool empty() const { return problems_.empty(); }
  void add(NodeId node, Problem problem);
  /// The problems in document order, with "... and N more problems" when some were dropped.
  std::vector<Problem> take();

 private:
  std::vector<LocatedProblem> problems_;
  std::size_t dropped_ = 0;
};

class JsonDocument {
 public:
  [[nodiscard]] static constexpr NodeId root() { return 0; }
  [[nodiscard]] const JsonNode& node(NodeId id) const { return nodes_[id]; }
  [[nodiscard]] JsonKind kind(NodeId id) const { return nodes_[id].kind; }
  /// The key of an object's member ("" for the root and every array element).
  [[nodiscard]] std::string_view key(NodeId id) const {
    const JsonNode& n = nodes_[id];
    if (n.key_length == 0) return {};  // also every array element (key_offset is its index)
    return {arena_.data() + n.key_offset, n.key_length};
  }
  [[nodiscard]] std::string_view string(NodeId id) const {
    const JsonNode& n = nodes_[id];
    return {arena_.data() + n.number.string.offset, n.number.string.length};
  }

  /// The first child of a container (or its end when empty) and the next sibling of a child.
  [[nodiscard]] NodeId first_child(NodeId container) const { return container + 1; }
  [[nodiscard]] NodeId next_sibling(NodeId child) const {
    return nodes_[child].is_container() ? nodes_[child].number.end : child + 1;
  }
  [[nodiscard]] NodeId end(NodeId container) const { return nodes_[container].number.end; }
  [[nodiscard]] std::size_t child_count(NodeId container) const;

  /// The RFC 6901 pointer of a node ("" for the root), e.g. "/costs/recurring/0/monthly"; its
  /// time grows with the depth only. A key longer than 60 characters is cut there with "...", as
  /// messages quote it.
  [[nodiscard]] std::string pointer(NodeId id) const;

  /// Describes a value for "found ..." in a message: `1.5`, `"abc"`, `true`, `an object`.
  [[nodiscard]] std::string describe(NodeId id) const;

  /// Frees the memory of nodes and text when it holds more than `bytes` (a document kept for
  /// reuse keeps the memory of the largest one parsed into it otherwise).
  void release_if_larger_than(std::size_t bytes) {
    if (nodes_.capacity() * sizeof(JsonNode) + arena_.capacity() > bytes) {
      nodes_ = std::vector<JsonNode>();
      arena_ = std::string();
    }
  }

 private:
  friend class DocumentBuilder;
  std::vector<JsonNode> nodes_;
  std::string arena_;
};

/// Parses `text` (UTF-8, one JSON object, at most kMaxNestingDepth levels, no duplicate keys)
/// into `document`. Returns false when the text is not such a document; the problems are in
/// `sink` (duplicate keys alone still return true: the document is complete, its repeated keys
/// are marked).
bool parse_json_document(std::string_view text, JsonDocument& document, ProblemSink& sink);

/// Helpers shared with the scenario reader.
std::string quote_for_message(std::string_view text);  ///< `"abc"`, control characters escaped
std::string grouped(std::size_t count);                ///< 12000000 as "12,000,000"
std::string format_number(double value);               ///< shortest round-trip, `1e15` not `1e+15`

}  // namespace crmroi::scenario_detail

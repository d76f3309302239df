// The trace of an investment case: JSON pointers of its inputs and lookups of its terms.
#include "crmroi/trace.hpp"

#include <algorithm>
#include <string>

namespace crmroi {

std::string InputPointer::text() const {
  std::string pointer(path);
  if (index >= 0) {
    pointer += '/';
    pointer += std::to_string(index);
  }
  if (!key.empty()) {
    pointer += '/';
    pointer += key;
  }
  if (element >= 0) {
    pointer += '/';
    pointer += std::to_string(element);
  }
  return pointer;
}

std::span<const TermId> Trace::operands_of(TermId id) const {
  const Term& of = term(id);
  if (of.operand_count <= of.pair.size()) return std::span(of.pair).first(of.operand_count);
  return std::span<const TermId>(operands).subspan(of.first_operand, of.operand_count);
}

TermId Trace::find(TermRange range, std::string_view name) const {
  // Compare sizes and first letters before whole names: most terms differ there.
  for (TermId id = range.first; id < range.end; ++id) {
    // Names are string literals: the same literal is often the same address, no compare needed.
    const std::string_view candidate = term(id).name;
    if (candidate.size() == name.size() && !name.empty() &&
        (candidate.data() == name.data() || (candidate[0] == name[0] && candidate == name))) {
      return id;
    }
  }
  return kNoTerm;
}

std::vector<TermId> Trace::inputs_under(TermId id) const {
  std::vector<TermId> inputs;
  std::vector<bool> seen(terms.size(), false);
  std::vector<TermId> pending{id};
  while (!pending.empty()) {
    const TermId next = pending.back();
    pending.pop_back();
    if (next == kNoTerm || seen[static_cast<std::size_t>(next)]) continue;
    seen[static_cast<std::size_t>(next)] = true;
    if (term(next).op == TermOp::input) inputs.push_back(next);
    for (const TermId operand : operands_of(next)) pending.push_back(operand);
  }
  std::sort(inputs.begin(), inputs.end());
  return inputs;
}

}  // namespace crmroi

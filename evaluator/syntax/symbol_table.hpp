// symbol_table.hpp — interned identifiers (Symbol) and the order the reference gives them.
#pragma once

#include <cstdint>
#include <deque>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace nixtwin {

struct SymbolEntry {
    std::string text;
    // The reference orders symbols by their address in memory. We model that with a key:
    // start-up symbols keep the reference's measured rank, later ones follow creation order.
    uint64_t orderKey;
};

// A Symbol is a pointer to its unique entry: equality is pointer equality.
class Symbol {
public:
    Symbol() = default;
    explicit Symbol(const SymbolEntry * entry) : entry_(entry) {}
    bool set() const { return entry_ != nullptr; }
    const std::string & str() const { return entry_->text; }
    std::string_view view() const { return entry_->text; }
    uint64_t orderKey() const { return entry_->orderKey; }
    bool operator==(const Symbol & other) const { return entry_ == other.entry_; }
    bool operator!=(const Symbol & other) const { return entry_ != other.entry_; }
    const SymbolEntry * entry() const { return entry_; }

private:
    const SymbolEntry * entry_ = nullptr;
};

// Orders symbols as the reference's std::map<Symbol, …> does (let bindings, formals, and the
// order in which --strict forces attributes).
struct SymbolOrder {
    bool operator()(Symbol a, Symbol b) const { return a.orderKey() < b.orderKey(); }
};

class SymbolTable {
public:
    SymbolTable();
    Symbol intern(std::string_view text);
    size_t size() const { return entries_.size(); }

private:
    std::deque<SymbolEntry> entries_;
    std::unordered_map<std::string_view, Symbol> index_;
    uint64_t nextFreshKey_;
};

// Names bound in the base environment (visible without `builtins.`), as in the reference.
const std::vector<std::string_view> & baseEnvironmentNames();

}  // namespace nixtwin

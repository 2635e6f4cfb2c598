// symbol_table.cpp — interning, seeded with the reference's start-up symbols.
#include "symbol_table.hpp"

namespace nixtwin {

namespace {

struct StartupSymbol {
    const char * text;
    bool belowFresh;  // sorts before every symbol created after start-up
};

#include "reference_symbols.inc"

const StartupSymbol kStartupSymbols[] = {NIXTWIN_STARTUP_SYMBOLS};
const std::vector<std::string_view> kBaseEnvNames = {NIXTWIN_BASE_ENV_NAMES};

constexpr uint64_t kFreshBase = uint64_t(1) << 32;
constexpr uint64_t kAboveBase = uint64_t(1) << 62;

}  // namespace

SymbolTable::SymbolTable() : nextFreshKey_(kFreshBase) {
    uint64_t rank = 0;
    for (const auto & s : kStartupSymbols) {
        auto & e = entries_.emplace_back(SymbolEntry{s.text, (s.belowFresh ? 0 : kAboveBase) + rank++});
        index_.emplace(e.text, Symbol(&e));
    }
}

Symbol SymbolTable::intern(std::string_view text) {
    auto it = index_.find(text);
    if (it != index_.end()) return it->second;
    auto & e = entries_.emplace_back(SymbolEntry{std::string(text), nextFreshKey_++});
    Symbol sym(&e);
    index_.emplace(e.text, sym);
    return sym;
}

const std::vector<std::string_view> & baseEnvironmentNames() { return kBaseEnvNames; }

}  // namespace nixtwin

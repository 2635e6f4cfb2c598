// mode.hpp — what kind of nix-instantiate invocation a run compares (parse, eval, …), and the
// mode-specific facts the batcher needs: the flags, how one process's stdout splits into
// per-case records, and which results could depend on what ran earlier in the same process.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace nixtwin::oracle {

enum class Mode { Parse, Eval, EvalStrict, Json, Xml };

const char * modeName(Mode m);                          // "parse", "eval", "eval-strict", "json", "xml"
std::optional<Mode> parseModeName(std::string_view s);  // inverse of modeName
std::vector<std::string> modeFlags(Mode m);             // e.g. {"--eval", "--strict"}
std::string allModeNames();                             // "parse, eval, eval-strict, json, xml"

// Splits the stdout of one process that was given several inputs into per-input records.
// Each record is exactly what a process given only that input prints. `complete` records end
// before `rest`, an unfinished record (partial output of the case that failed, if any).
// `processSucceeded` says whether the process exited 0: only then is the last XML record
// known to be complete (XML records have a header but no end marker).
struct SplitOutput {
    std::vector<std::string> complete;
    std::string rest;
};
SplitOutput splitRecords(Mode m, const std::string & stdout_, bool processSucceeded);

// True when this result may differ between "alone in a fresh process" and "after other cases
// in the same process". In --parse mode, Nix 2.8 prints the bindings of sets and lets and the
// formals of lambdas in the order of their symbols' heap addresses, which depends on every
// allocation made before: a record with two or more of them is only trusted from a process
// of its own. Conservative (strings containing ';' or ", " also count).
bool mayDependOnProcessHistory(Mode m, std::string_view record);

}  // namespace nixtwin::oracle

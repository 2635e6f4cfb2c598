// run_state.cpp — watermark bookkeeping and the atomic state file.
#include "run_state.hpp"

#include <stdexcept>

#include "atomic_file.hpp"
#include "divergence_record.hpp"

namespace nixtwin::oracle {

nlohmann::json RunState::toJson() const {
    nlohmann::json j;
    j["format"] = "nixtwin-run-state-v1";
    j["fingerprint"] = fingerprint;
    j["next_index"] = nextIndex;
    j["counters"] = counters.toJson();
    j["finished"] = finished;
    j["started"] = started;
    j["updated"] = updated;
    j["elapsed_seconds"] = elapsedSeconds;
    return j;
}

RunState RunState::fromJson(const nlohmann::json & j) {
    if (j.value("format", "") != "nixtwin-run-state-v1") throw std::runtime_error("not a nixtwin-run-state-v1 file");
    RunState s;
    s.fingerprint = j.at("fingerprint").get<std::string>();
    s.nextIndex = j.at("next_index").get<std::uint64_t>();
    s.counters = RunCounters::fromJson(j.at("counters"));
    s.finished = j.value("finished", false);
    s.started = j.value("started", "");
    s.updated = j.value("updated", "");
    s.elapsedSeconds = j.value("elapsed_seconds", 0.0);
    return s;
}

StateTracker::StateTracker(std::string path, RunState initial) : path_(std::move(path)), state_(std::move(initial)) {}

void StateTracker::save() {
    state_.updated = utcNow();
    writeFileAtomically(path_, state_.toJson().dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", true);
}

void StateTracker::chunkDone(std::uint64_t first, std::uint64_t count, const RunCounters & counters, double elapsedSeconds) {
    std::lock_guard<std::mutex> lock(mutex_);
    pending_[first] = {count, counters};
    bool moved = false;
    for (auto it = pending_.find(state_.nextIndex); it != pending_.end(); it = pending_.find(state_.nextIndex)) {
        state_.nextIndex += it->second.first;
        state_.counters.add(it->second.second);
        pending_.erase(it);
        moved = true;
    }
    if (moved) {
        state_.elapsedSeconds = elapsedSeconds;
        save();
    }
}

void StateTracker::finish(bool finished, double elapsedSeconds) {
    std::lock_guard<std::mutex> lock(mutex_);
    state_.finished = finished;
    state_.elapsedSeconds = elapsedSeconds;
    save();
}

RunState StateTracker::snapshot() {
    std::lock_guard<std::mutex> lock(mutex_);
    return state_;
}

std::optional<RunState> StateTracker::load(const std::string & path) {
    std::string text;
    if (!readFile(path, text)) return std::nullopt;
    try {
        return RunState::fromJson(nlohmann::json::parse(text));
    } catch (const std::exception & e) {
        throw std::runtime_error(path + ": unreadable run state (" + e.what() + "); delete it or use --restart");
    }
}

}  // namespace nixtwin::oracle

// derivation.cpp — ATerm serialisation and hashing modulo of derivations (see derivation.hpp).
#include "derivation.hpp"

#include "../eval/errors.hpp"
#include "store_path.hpp"

namespace nixtwin::store {

namespace {

// Strings the user controls are escaped; paths, names and hashes are written as they are.
void printString(std::string & out, std::string_view s) {
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default: out += c;
        }
    }
    out += '"';
}

void printUnquoted(std::string & out, std::string_view s) {
    out += '"';
    out += s;
    out += '"';
}

template <class Range, class Print>
void printList(std::string & out, const Range & items, Print print) {
    out += '[';
    bool first = true;
    for (auto & item : items) {
        if (!first) out += ',';
        first = false;
        print(out, item);
    }
    out += ']';
}

void printInputs(std::string & out, const std::map<std::string, std::set<std::string>> & inputs) {
    printList(out, inputs, [](std::string & o, const auto & input) {
        o += '(';
        printUnquoted(o, input.first);
        o += ',';
        printList(o, input.second, printUnquoted);
        o += ')';
    });
}

}  // namespace

std::string unparseDerivation(const Derivation & drv, bool maskOutputs,
                              const std::map<std::string, std::set<std::string>> * inputsByHash) {
    std::string s = "Derive(";
    printList(s, drv.outputs, [&](std::string & o, const auto & output) {
        o += '(';
        printUnquoted(o, output.first);
        o += ',';
        printUnquoted(o, maskOutputs ? "" : output.second.path);
        o += ',';
        printUnquoted(o, output.second.methodAlgo);
        o += ',';
        printUnquoted(o, output.second.hash);
        o += ')';
    });
    s += ',';
    printInputs(s, inputsByHash ? *inputsByHash : drv.inputDrvs);
    s += ',';
    printList(s, drv.inputSrcs, printUnquoted);
    s += ',';
    printUnquoted(s, drv.platform);
    s += ',';
    printString(s, drv.builder);
    s += ',';
    printList(s, drv.args, printString);
    s += ',';
    printList(s, drv.env, [&](std::string & o, const auto & var) {
        o += '(';
        printString(o, var.first);
        o += ',';
        printString(o, maskOutputs && drv.outputs.count(var.first) ? "" : var.second);
        o += ')';
    });
    s += ')';
    return s;
}

std::map<std::string, std::string> hashDerivationModulo(const Derivation & drv, bool maskOutputs,
                                                        const DrvHashes & known) {
    std::map<std::string, std::string> result;
    // A fixed-output derivation is named by what it produces, not by how: its dependents do
    // not change when its builder does.
    if (!drv.outputs.empty() && drv.outputs.begin()->second.fixed()) {
        for (auto & [name, out] : drv.outputs)
            result[name] = hashString(HashAlgo::SHA256, "fixed:out:" + out.methodAlgo + ":" + out.hash + ":" + out.path)
                               .toBase16();
        return result;
    }
    std::map<std::string, std::set<std::string>> inputsByHash;
    for (auto & [drvPath, wanted] : drv.inputDrvs) {
        auto it = known.find(drvPath);
        // The reference would read the .drv back from the store, which the dummy store cannot.
        if (it == known.end()) throwEvalError("operation 'getFSAccessor' is not supported by store 'dummy'");
        for (auto & output : wanted) {
            auto h = it->second.find(output);
            // The reference looks the output up with std::map::at and reports the exception.
            if (h == it->second.end()) throwEvalError("map::at");
            inputsByHash[h->second].insert(output);
        }
    }
    std::string hash = hashString(HashAlgo::SHA256, unparseDerivation(drv, maskOutputs, &inputsByHash)).toBase16();
    for (auto & [name, _] : drv.outputs) result[name] = hash;
    return result;
}

void setInputAddressedOutputs(Derivation & drv, const std::set<std::string> & outputNames,
                              std::string_view storeDir, const DrvHashes & known) {
    // Blank first, so that the set of output names still counts in the hash.
    for (auto & o : outputNames) {
        drv.env[o] = "";
        drv.outputs[o] = {};
    }
    auto hashes = hashDerivationModulo(drv, true, known);
    for (auto & o : outputNames) {
        std::string outPath = makeOutputPath(storeDir, o, parseHash(hashes.at(o), HashAlgo::SHA256), drv.name);
        drv.env[o] = outPath;
        drv.outputs[o].path = outPath;
    }
}

void setFixedOutput(Derivation & drv, bool recursive, const Hash & hash, std::string_view storeDir) {
    std::string outPath = makeFixedOutputPath(storeDir, recursive, hash, drv.name);
    drv.env["out"] = outPath;
    drv.outputs["out"] = {outPath, std::string(recursive ? "r:" : "") + hashAlgoName(hash.algo), hash.toBase16()};
}

std::string derivationPath(const Derivation & drv, std::string_view storeDir) {
    std::set<std::string> references = drv.inputSrcs;
    for (auto & [path, _] : drv.inputDrvs) references.insert(path);
    return makeTextPath(storeDir, drv.name + ".drv", hashString(HashAlgo::SHA256, unparseDerivation(drv, false)),
                        references);
}

}  // namespace nixtwin::store

// store_path.cpp — store path computation and validation (see store_path.hpp).
#include "store_path.hpp"

#include "../eval/errors.hpp"
#include "../syntax/path_util.hpp"
#include "base32.hpp"
#include "strcat.hpp"

namespace nixtwin::store {

namespace {

bool validNameChar(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '+' || c == '-' ||
           c == '.' || c == '_' || c == '?' || c == '=';
}

// `baseName` is "<hash>-<name>", which the reference quotes in its messages.
void checkName(std::string_view baseName, std::string_view name) {
    std::string quoted = strcat("store path '", baseName, "'");
    if (name.empty()) throwEvalError(quoted + " has an empty name");
    if (name.size() > 211) throwEvalError(quoted + " has a name longer than 211 characters");
    for (char c : name)
        if (!validNameChar(c)) throwEvalError(strcat(quoted, " contains illegal character '", std::string(1, c), "'"));
}

}  // namespace

std::string makeStorePath(std::string_view storeDir, std::string_view type, const Hash & hash, std::string_view name) {
    std::string s;
    s.append(type).append(":").append(hashAlgoName(hash.algo)).append(":").append(hash.toBase16());
    s.append(":").append(storeDir).append(":").append(name);
    std::string baseName = strcat(compressHash(hashString(HashAlgo::SHA256, s), 20).toBase32(), "-", name);
    checkName(baseName, name);
    return std::string(storeDir) + "/" + baseName;
}

std::string makeTextPath(std::string_view storeDir, std::string_view name, const Hash & contentHash,
                         const std::set<std::string> & references) {
    std::string type = "text";
    for (auto & r : references) type += ":" + r;
    return makeStorePath(storeDir, type, contentHash, name);
}

std::string makeFixedOutputPath(std::string_view storeDir, bool recursive, const Hash & hash, std::string_view name) {
    if (recursive && hash.algo == HashAlgo::SHA256) return makeStorePath(storeDir, "source", hash, name);
    std::string fixed = std::string("fixed:out:") + (recursive ? "r:" : "") + hashAlgoName(hash.algo) + ":" +
                        hash.toBase16() + ":";
    return makeStorePath(storeDir, "output:out", hashString(HashAlgo::SHA256, fixed), name);
}

std::string makeOutputPath(std::string_view storeDir, std::string_view outputName, const Hash & drvHash,
                           std::string_view drvName) {
    return makeStorePath(storeDir, strcat("output:", outputName), drvHash, outputPathName(drvName, outputName));
}

std::string outputPathName(std::string_view drvName, std::string_view outputName) {
    std::string res(drvName);
    if (outputName != "out") res.append("-").append(outputName);
    return res;
}

std::string hashPlaceholder(std::string_view outputName) {
    return strcat("/", hashString(HashAlgo::SHA256, strcat("nix-output:", outputName)).toBase32());
}

std::string parseStorePath(std::string_view storeDir, std::string_view path) {
    if (path.empty() || path[0] != '/') throwEvalError(strcat("not an absolute path: '", path, "'"));
    std::string p = canonicalPath(path);
    if (directoryOf(p) != storeDir) throwEvalError("path '" + p + "' is not in the Nix store");
    std::string baseName = nixtwin::baseNameOf(p);
    if (baseName.size() < kHashPartLength + 1)
        throwEvalError("'" + baseName + "' is too short to be a valid store path");
    for (size_t i = 0; i < kHashPartLength; i++) {
        char c = baseName[i];
        if (c == 'e' || c == 'o' || c == 'u' || c == 't' || !((c >= '0' && c <= '9') || (c >= 'a' && c <= 'z')))
            throwEvalError(strcat("store path '", baseName, "' contains illegal base-32 character '", std::string(1, c), "'"));
    }
    checkName(baseName, std::string_view(baseName).substr(kHashPartLength + 1));
    return p;
}

bool isStorePath(std::string_view storeDir, std::string_view path) {
    try {
        parseStorePath(storeDir, path);
        return true;
    } catch (EvalError &) {
        return false;
    }
}

bool isInStore(std::string_view storeDir, std::string_view path) {
    return path.size() > storeDir.size() + 1 && path.starts_with(storeDir) && path[storeDir.size()] == '/';
}

}  // namespace nixtwin::store

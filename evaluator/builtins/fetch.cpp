// fetch.cpp — fetchurl, fetchTarball, fetchGit, fetchMercurial, fetchTree.
//
// nixtwin never uses the network or runs git/hg. These builtins check their arguments exactly
// as the reference does, including the refusals of pure and restricted evaluation (which the
// reference raises before fetching anything), and then stop with an Unsupported error where
// the reference would start downloading.
#include <algorithm>
#include <cctype>
#include <optional>
#include <regex>
#include <string>

#include <nlohmann/json.hpp>

#include "../store/hash.hpp"
#include "registry.hpp"

namespace nixtwin {

namespace {

[[noreturn]] void cannotFetch(const std::string & who, const std::string & what) {
    throwError(ErrorKind::Unsupported, "nixtwin does not fetch anything: '" + who + "' would need " + what);
}

// The reference's checkURI: in restricted mode only local paths that pass checkSourcePath are
// allowed (nixtwin has no allowed-uris setting, whose default is empty).
void checkURI(EvalState & st, const std::string & uri) {
    if (!st.settings.restrictEval) return;
    if (uri.starts_with("/")) {
        st.checkSourcePath(uri);
        return;
    }
    if (uri.starts_with("file://")) {
        st.checkSourcePath(uri.substr(7));
        return;
    }
    throwError(ErrorKind::Restricted, "access to URI '" + uri + "' is forbidden in restricted mode");
}

std::string resolveUri(const std::string & uri) {
    if (uri.starts_with("channel:")) return "https://nixos.org/channels/" + uri.substr(8) + "/nixexprs.tar.xz";
    return uri;
}

// --- fetchurl, fetchTarball ---

void fetchFile(EvalState & st, Pos pos, Value & arg, const std::string & who, const char * what) {
    std::optional<std::string> url;
    bool haveHash = false;
    st.forceValue(arg, pos);
    if (arg.type() == ValueType::Attrs) {
        // In the set's own (symbol) order, as the reference walks it.
        for (auto & a : *arg.attrs) {
            const std::string & n = a.name.str();
            if (n == "url") {
                url = std::string(st.forceStringNoCtx(*a.value, a.pos));
            } else if (n == "sha256") {
                std::string warning;
                store::parseHashAllowEmpty(st.forceStringNoCtx(*a.value, a.pos), store::HashAlgo::SHA256, warning);
                if (!warning.empty()) st.messages += "warning: " + warning + "\n";
                haveHash = true;
            } else if (n == "name") {
                st.forceStringNoCtx(*a.value, a.pos);
            } else {
                throwEvalError("unsupported argument '" + n + "' to '" + who + "'", a.pos);
            }
        }
        if (!url) throwEvalError("'url' argument required", pos);
    } else {
        url = std::string(st.forceStringNoCtx(arg, pos));
    }
    *url = resolveUri(*url);
    checkURI(st, *url);
    if (st.settings.pureEval && !haveHash)
        throwEvalError("in pure evaluation mode, '" + who + "' requires a 'sha256' argument");
    cannotFetch(who, std::string(what) + " '" + *url + "'");
}

void primFetchurl(EvalState & st, Pos pos, Value ** args, Value &) {
    fetchFile(st, pos, *args[0], "fetchurl", "to download");
}

void primFetchTarball(EvalState & st, Pos pos, Value ** args, Value &) {
    fetchFile(st, pos, *args[0], "fetchTarball", "to download and unpack");
}

// --- fetchGit (the reference's fetchTree with type "git") ---

// The checks of the reference's parseURL that a fetchGit URL can fail.
void checkGitURL(const std::string & url) {
    size_t sep = url.find("://");
    std::string scheme = url.substr(0, sep);
    bool schemeOk = !scheme.empty() && std::isalpha(static_cast<unsigned char>(scheme[0]));
    for (char c : scheme)
        if (!std::isalnum(static_cast<unsigned char>(c)) && c != '+' && c != '-' && c != '.') schemeOk = false;
    if (sep == std::string::npos || !schemeOk) throwEvalError("'" + url + "' is not a valid URL");
    std::string rest = url.substr(sep + 3);
    std::string authority = rest.substr(0, rest.find_first_of("/?#"));
    if (scheme.find("file") != std::string::npos && !authority.empty())
        throwEvalError("file:// URL '" + url + "' has unexpected authority '" + authority + "'");
}

std::string fixURI(EvalState & st, const std::string & uri, const std::string & defaultScheme = "file") {
    checkURI(st, uri);
    return uri.find("://") != std::string::npos ? uri : defaultScheme + "://" + uri;
}

// scp-style "user@host:path" becomes ssh://user@host/path.
std::string fixURIForGit(EvalState & st, const std::string & uri) {
    static const std::regex scpURI("([^/]*)@(.*):(.*)");
    if (!uri.empty() && uri[0] != '/' && std::regex_match(uri, scpURI))
        return fixURI(st, std::regex_replace(uri, scpURI, "$1@$2/$3"), "ssh");
    return fixURI(st, uri);
}

// The reference's error for an input attribute of the wrong type names all attributes, as
// JSON (nlohmann's dump, as in the reference).
[[noreturn]] void notA(const nlohmann::json & attrs, const std::string & name, const char * what) {
    std::string msg = "input attribute '" + name + "' is not " + what;
    if (std::string_view(what) == "a string") msg += " " + attrs.dump();
    throwEvalError(msg);
}

void primFetchGit(EvalState & st, Pos pos, Value ** args, Value &) {
    Value & arg = *args[0];
    st.forceValue(arg, pos);
    nlohmann::json attrs = nlohmann::json::object();  // sorted by name, like the reference's Attrs
    attrs["type"] = "git";
    if (arg.type() == ValueType::Attrs) {
        if (arg.attrs->get(st.sType)) throwEvalError("unexpected attribute 'type'", pos);
        for (auto & a : *arg.attrs) {
            st.forceValue(*a.value, a.pos);
            const std::string & n = a.name.str();
            switch (a.value->type()) {
            case ValueType::Path:
            case ValueType::String: {
                Context context;
                std::string s = st.coerceToString(a.pos, *a.value, context, false, false);
                attrs.emplace(n, n == "url" ? fixURIForGit(st, s) : s);
                break;
            }
            case ValueType::Bool: attrs.emplace(n, a.value->boolean); break;
            case ValueType::Int: attrs.emplace(n, uint64_t(a.value->integer)); break;
            default:
                throwTypeError("fetchTree argument '" + n + "' is " + EvalState::showType(*a.value) +
                               " while a string, Boolean or integer is expected");
            }
        }
    } else {
        Context context;
        std::string url = st.coerceToString(pos, arg, context, false, false);
        attrs["url"] = fixURIForGit(st, url);
    }

    // The Git input scheme's validation, in the reference's order.
    static const char * const allowed[] = {"type",    "url",        "ref",          "rev",      "shallow", "submodules",
                                           "lastModified", "revCount", "narHash", "allRefs", "name"};
    for (auto & [name, value] : attrs.items())
        if (std::find(std::begin(allowed), std::end(allowed), name) == std::end(allowed))
            throwEvalError("unsupported Git input attribute '" + name + "'");
    auto str = [&](const char * name) -> std::optional<std::string> {
        auto it = attrs.find(name);
        if (it == attrs.end()) return std::nullopt;
        if (!it->is_string()) notA(attrs, name, "a string");
        return it->get<std::string>();
    };
    auto url = str("url");
    if (!url) throwEvalError("input attribute 'url' is missing");
    checkGitURL(*url);
    for (const char * b : {"shallow", "submodules", "allRefs"})
        if (attrs.contains(b) && !attrs[b].is_boolean()) notA(attrs, b, "a Boolean");
    if (auto ref = str("ref")) {
        static const std::regex badGitRef(
            "//|^[./]|/\\.|\\.\\.|[[:cntrl:][:space:]:?^~\\[]|\\\\|\\*|\\.lock$|\\.lock/|@\\{|[/.]$|^@$|^$");
        if (std::regex_search(*ref, badGitRef)) throwEvalError("invalid Git branch/tag name '" + *ref + "'");
    }
    // A revision or a NAR hash locks the input.
    bool locked = false;
    if (auto rev = str("rev")) {
        try {
            store::parseHash(*rev, std::nullopt);
        } catch (EvalError &) {
            store::parseHash(*rev, store::HashAlgo::SHA1);
        }
        locked = true;
    }
    for (const char * i : {"revCount", "lastModified"})
        if (attrs.contains(i) && !attrs[i].is_number_unsigned()) notA(attrs, i, "an integer");
    if (auto narHash = str("narHash")) {
        size_t dash = narHash->find('-');
        if (dash == std::string::npos) throwEvalError("hash '" + *narHash + "' is not SRI");
        store::parseHash(*narHash, std::nullopt);
        locked = true;
    }
    if (st.settings.pureEval && !locked)
        throwEvalError("in pure evaluation mode, 'fetchTree' requires a locked input, at " + st.showPos(pos));
    cannotFetch("fetchGit", "to run git on '" + *url + "'");
}

// --- fetchMercurial ---

void primFetchMercurial(EvalState & st, Pos pos, Value ** args, Value &) {
    Value & arg = *args[0];
    std::string url;
    bool haveRev = false;
    Context context;
    st.forceValue(arg, pos);
    if (arg.type() == ValueType::Attrs) {
        static const std::regex revRegex("^[0-9a-fA-F]{40}$");
        for (auto & a : *arg.attrs) {
            const std::string & n = a.name.str();
            if (n == "url") {
                url = st.coerceToString(a.pos, *a.value, context, false, false);
            } else if (n == "rev") {
                // A 40-digit hex string is a revision; anything else a branch or tag name.
                std::string rev(st.forceStringNoCtx(*a.value, a.pos));
                if (std::regex_match(rev, revRegex)) haveRev = true;
            } else if (n == "name") {
                st.forceStringNoCtx(*a.value, a.pos);
            } else {
                throwEvalError("unsupported argument '" + n + "' to 'fetchMercurial'", a.pos);
            }
        }
        if (url.empty()) throwEvalError("'url' argument required", pos);
    } else {
        url = st.coerceToString(pos, arg, context, false, false);
    }
    checkURI(st, url);
    if (st.settings.pureEval && !haveRev)
        throwEvalError("in pure evaluation mode, 'fetchMercurial' requires a Mercurial revision");
    cannotFetch("fetchMercurial", "to run hg on '" + url + "'");
}

// --- fetchTree: behind the (disabled) flakes feature, as in the reference by default ---

void primFetchTree(EvalState &, Pos, Value **, Value &) {
    throwEvalError("experimental Nix feature 'flakes' is disabled; use '--extra-experimental-features flakes' to override");
}

const BuiltinSpec kFetch[] = {
    {"fetchurl", 1, primFetchurl},
    {"fetchTarball", 1, primFetchTarball},
    {"fetchGit", 1, primFetchGit},
    {"fetchMercurial", 1, primFetchMercurial},
    {"fetchTree", 1, primFetchTree},
};

}  // namespace

std::span<const BuiltinSpec> fetchBuiltins() { return kFetch; }

}  // namespace nixtwin

// value_json.cpp — the model of toJSON / fromJSON.
#include "value_json.hpp"

#include <cmath>
#include <cstdio>
#include <cstdlib>

#include "value_print.hpp"
#include "value_semantics.hpp"

namespace nixtwin::gen {

namespace {

void jsonString(std::string & out, const std::string & s) {
    out += '"';
    for (unsigned char c : s) {
        if (c == '"' || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c == '\t') {
            out += "\\t";
        } else if (c < 0x20) {
            char buf[8];
            std::snprintf(buf, sizeof buf, "\\u%04x", unsigned(c));
            out += buf;
        } else {
            out += char(c);
        }
    }
    out += '"';
}

bool toJSON(std::string & out, const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Null: out += "null"; return true;
    case ValueKind::Bool: out += v.boolean ? "true" : "false"; return true;
    case ValueKind::Int: out += std::to_string(v.integer); return true;
    case ValueKind::Float: out += printFloat(v.fpoint); return true;
    case ValueKind::String: jsonString(out, v.text); return true;
    case ValueKind::Path: return false;
    case ValueKind::Function: return false;
    case ValueKind::List: {
        out += '[';
        bool first = true;
        for (auto & e : v.list) {
            if (!first) out += ',';
            first = false;
            if (!toJSON(out, e)) return false;
        }
        out += ']';
        return true;
    }
    case ValueKind::Attrs: {
        if (v.get("__toString")) return false;
        if (auto * outPath = v.get("outPath")) return toJSON(out, *outPath);
        out += '{';
        bool first = true;
        for (auto & [k, e] : v.attrs) {
            if (!first) out += ',';
            first = false;
            jsonString(out, k);
            out += ':';
            if (!toJSON(out, e)) return false;
        }
        out += '}';
        return true;
    }
    }
    return false;
}

// A float's JSON text read back the way fromJSON reads a number: integral text → int.
NixValue readBackFloat(double d) {
    std::string text = printFloat(d);
    if (text.find_first_of(".eEn") == std::string::npos) return NixValue::int_(std::strtoll(text.c_str(), nullptr, 10));
    return NixValue::float_(std::strtod(text.c_str(), nullptr));
}

std::optional<NixValue> roundTrip(const NixValue & v) {
    switch (v.kind) {
    case ValueKind::Float:
        if (!std::isfinite(v.fpoint)) return std::nullopt;
        return readBackFloat(v.fpoint);
    case ValueKind::String:
        if (!isValidUtf8(v.text)) return std::nullopt;
        return v;
    case ValueKind::List: {
        std::vector<NixValue> items;
        for (auto & e : v.list) {
            auto r = roundTrip(e);
            if (!r) return std::nullopt;
            items.push_back(std::move(*r));
        }
        return NixValue::list_(std::move(items));
    }
    case ValueKind::Attrs: {
        if (v.get("__toString") || v.get("outPath")) return std::nullopt;
        std::vector<std::pair<std::string, NixValue>> items;
        for (auto & [k, e] : v.attrs) {
            if (!isValidUtf8(k)) return std::nullopt;
            auto r = roundTrip(e);
            if (!r) return std::nullopt;
            items.emplace_back(k, std::move(*r));
        }
        return NixValue::attrs_(std::move(items));
    }
    case ValueKind::Path:
    case ValueKind::Function: return std::nullopt;
    default: return v;
    }
}

}  // namespace

std::optional<std::string> modelToJSON(const NixValue & v) {
    std::string out;
    if (!toJSON(out, v)) return std::nullopt;
    return out;
}

std::optional<NixValue> modelJSONRoundTrip(const NixValue & v) { return roundTrip(v); }

bool jsonRepresentable(const NixValue & v) {
    auto r = roundTrip(v);
    return r && modelEquals(*r, v);
}

bool isValidUtf8(const std::string & s) {
    std::size_t i = 0;
    while (i < s.size()) {
        unsigned char c = s[i];
        std::size_t len = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xe ? 3 : (c >> 3) == 0x1e ? 4 : 0;
        if (len == 0 || i + len > s.size()) return false;
        std::uint32_t cp = len == 1 ? c : len == 2 ? (c & 0x1f) : len == 3 ? (c & 0x0f) : (c & 0x07);
        for (std::size_t k = 1; k < len; ++k) {
            unsigned char cc = s[i + k];
            if ((cc >> 6) != 0x2) return false;
            cp = (cp << 6) | (cc & 0x3f);
        }
        // Overlong forms, surrogates and values beyond U+10FFFF are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) || cp > 0x10ffff ||
            (cp >= 0xd800 && cp <= 0xdfff))
            return false;
        i += len;
    }
    return true;
}

}  // namespace nixtwin::gen

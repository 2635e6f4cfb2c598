{ lazy = throw "unused"; used = "ok"; }

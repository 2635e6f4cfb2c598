builtins.toJSON { outPath = "/some/path"; other = throw "not forced"; }

builtins.toJSON { a = throw "inner failure"; }

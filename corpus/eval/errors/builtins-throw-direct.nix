builtins.throw "direct"

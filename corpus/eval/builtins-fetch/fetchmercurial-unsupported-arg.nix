builtins.fetchMercurial { url = "/x"; foo = 1; }

builtins.fetchMercurial { url = "/x"; name = 1; }

builtins.fetchTarball { url = "http://example.invalid/x"; name = 1; }

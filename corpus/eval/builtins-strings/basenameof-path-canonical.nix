baseNameOf /a/b/..

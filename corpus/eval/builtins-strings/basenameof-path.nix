baseNameOf /a/b

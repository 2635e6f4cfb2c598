dirOf /a/b

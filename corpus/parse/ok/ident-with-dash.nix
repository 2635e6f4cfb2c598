let foo-bar = 1; in foo-bar

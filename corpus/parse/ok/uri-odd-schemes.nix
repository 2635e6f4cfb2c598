[ git+ssh://git@github.com/a/b.git mirror://gnu/hello-2.10.tar.gz a.b-c+d:e ]

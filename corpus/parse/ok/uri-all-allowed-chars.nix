http://user:pass@host:8080/p%20q/~r/'s,t=u&v=w,x*y!z$

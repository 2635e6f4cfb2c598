let id = x: x; const = x: y: x; in const (id 1) 2

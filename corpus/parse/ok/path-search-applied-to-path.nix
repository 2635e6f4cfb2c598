<a>/b

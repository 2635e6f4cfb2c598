{ leaf = ./.; sibling = ./sib; }

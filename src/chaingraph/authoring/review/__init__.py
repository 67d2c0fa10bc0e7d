"""`chaingraph review ID`: a page where a curator turns a draft into a facts file that builds.

`model` gives the page its view of the draft, `compose` applies the curator's decisions to it,
`check` runs the loader and SHACL over the result (and shows what it adds to the graph), and
`server` serves it all on 127.0.0.1. The page is templates/review.html with static/review.js.
"""

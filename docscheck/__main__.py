from docscheck.cli import main

main()

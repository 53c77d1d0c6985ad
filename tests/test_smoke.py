def test_output_only_objective_is_found(lint):
    found = lint(
        """
        objectives:
          - objective: Become the go-to voice on analytics
            key_results:
              - Publish 12 blog posts
              - Host 4 webinars
    """,
        "O101",
    )
    assert found == [("O101", 3, 16)]

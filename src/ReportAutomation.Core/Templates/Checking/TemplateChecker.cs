using Fluid.Ast;
using Fluid.Values;
using ReportAutomation.Core.Templates.Fluid;

namespace ReportAutomation.Core.Templates.Checking;

/// <summary>Walks a parsed template and checks every name it reads against the model's shape, without any data.</summary>
internal sealed class TemplateChecker(TemplateLocation location, List<TemplateError> errors)
{
    /// <summary>The shape of Liquid's <c>forloop</c> inside an in-text loop.</summary>
    public static TemplateValueShape ForLoopShape { get; } = TemplateValueShape.Object(
    [
        KeyValuePair.Create("index", TemplateValueShape.Number),
        KeyValuePair.Create("index0", TemplateValueShape.Number),
        KeyValuePair.Create("rindex", TemplateValueShape.Number),
        KeyValuePair.Create("rindex0", TemplateValueShape.Number),
        KeyValuePair.Create("first", TemplateValueShape.Boolean),
        KeyValuePair.Create("last", TemplateValueShape.Boolean),
        KeyValuePair.Create("length", TemplateValueShape.Number),
        KeyValuePair.Create("parentloop", TemplateValueShape.Any),
    ]);

    /// <summary>Checks statements in order, defining assigned names as it goes.</summary>
    public void CheckStatements(IReadOnlyList<Statement>? statements, ShapeEnvironment env)
    {
        foreach (var statement in statements ?? [])
        {
            CheckStatement(statement, env);
        }
    }

    /// <summary>Checks an expression and returns the shape of its value.</summary>
    public TemplateValueShape ShapeOf(Expression? expression, ShapeEnvironment env) => expression switch
    {
        null => TemplateValueShape.Any,
        LiteralExpression literal => LiteralShape(literal.Value),
        MemberExpression member => new MemberPathChecker(location, errors).Resolve(member, env, this),
        FilterExpression filter => FilterShape(filter, env),
        RangeExpression range => Both(range.From, range.To, env, TemplateValueShape.List(TemplateValueShape.Number)),
        BinaryExpression binary => Both(binary.Left, binary.Right, env, TemplateValueShape.Any),
        ComparableDateExpression wrapped => ShapeOf(wrapped.Inner, env),
        _ => TemplateValueShape.Any,
    };

    /// <summary>The item shape a <c>for</c> source yields; reports sources that are not lists.</summary>
    public TemplateValueShape ElementOf(Expression source, ShapeEnvironment env, string variable)
    {
        var shape = ShapeOf(source, env);
        switch (shape.Kind)
        {
            case TemplateValueKind.List:
                return shape.Element ?? TemplateValueShape.Any;
            case TemplateValueKind.Any:
            case TemplateValueKind.Text:
                return TemplateValueShape.Any;
            default:
                errors.Add(new TemplateError(location, $"'{Describe(source)}' is {Article(shape)}, not a list: 'for {variable} in …' needs a list"));
                return TemplateValueShape.Any;
        }
    }

    /// <summary>Readable text of a simple expression, for messages.</summary>
    public static string Describe(Expression expression) => expression switch
    {
        MemberExpression member => MemberPathChecker.Describe(member.Segments, member.Segments.Count),
        ComparableDateExpression wrapped => Describe(wrapped.Inner),
        FilterExpression filter => $"{Describe(filter.Input)} | {filter.Name}",
        LiteralExpression literal => literal.Value.ToStringValue(),
        _ => "the value",
    };

    /// <summary>"a number", "text", "a group of fields (…)" for messages.</summary>
    public static string Article(TemplateValueShape shape) => shape.Kind switch
    {
        TemplateValueKind.Text => "text",
        TemplateValueKind.Any => "a value",
        _ => "a " + shape,
    };

    private void CheckStatement(Statement statement, ShapeEnvironment env)
    {
        switch (statement)
        {
            case OutputStatement output:
                CheckOutput(output.Expression, env);
                break;
            case AssignStatement assign:
                env.Define(assign.Identifier, ShapeOf(assign.Value, env));
                break;
            case CaptureStatement capture:
                CheckStatements(capture.Statements, env);
                env.Define(capture.Identifier, TemplateValueShape.Text);
                break;
            case IncrementStatement increment:
                env.Define(increment.Identifier, TemplateValueShape.Number);
                break;
            case DecrementStatement decrement:
                env.Define(decrement.Identifier, TemplateValueShape.Number);
                break;
            case ForStatement loop:
                CheckLoop(loop.Identifier, loop.Source ?? loop.Range, loop.Limit, loop.Offset, loop.Statements, "forloop", env);
                CheckStatements(loop.Else?.Statements, env);
                break;
            case TableRowStatement table:
                CheckLoop(table.Identifier, table.Source, table.Limit, table.Offset, table.Statements, "tablerowloop", env);
                ShapeOf(table.Cols, env);
                break;
            case IfStatement ifStatement:
                ShapeOf(ifStatement.Condition, env);
                CheckStatements(ifStatement.Statements, env);
                foreach (var elseIf in ifStatement.ElseIfs ?? [])
                {
                    ShapeOf(elseIf.Condition, env);
                    CheckStatements(elseIf.Statements, env);
                }

                CheckStatements(ifStatement.Else?.Statements, env);
                break;
            case UnlessStatement unless:
                ShapeOf(unless.Condition, env);
                CheckStatements(unless.Statements, env);
                CheckStatements(unless.Else?.Statements, env);
                break;
            case CaseStatement caseStatement:
                ShapeOf(caseStatement.Expression, env);
                foreach (var when in caseStatement.Whens ?? [])
                {
                    foreach (var option in when.Options)
                    {
                        ShapeOf(option, env);
                    }

                    CheckStatements(when.Statements, env);
                }

                CheckStatements(caseStatement.Else?.Statements, env);
                break;
            case CycleStatement cycle:
                ShapeOf(cycle.Group, env);
                foreach (var value in cycle.Values)
                {
                    ShapeOf(value, env);
                }

                break;
            case TagStatement tag:
                CheckStatements(tag.Statements, env);
                break;
        }
    }

    private void CheckLoop(
        string variable, Expression? source, Expression? limit, Expression? offset, IReadOnlyList<Statement> body, string loopName, ShapeEnvironment env)
    {
        var element = source is null ? TemplateValueShape.Any : ElementOf(source, env, variable);
        ShapeOf(limit, env);
        ShapeOf(offset, env);
        CheckStatements(body, env.Child(variable, element, loopName, loopName == "forloop" ? ForLoopShape : TemplateValueShape.Any));
    }

    private void CheckOutput(Expression expression, ShapeEnvironment env)
    {
        var shape = ShapeOf(expression, env);
        if (shape.Kind == TemplateValueKind.Object)
        {
            var first = shape.MemberNames.FirstOrDefault();
            var what = Describe(expression);
            errors.Add(new TemplateError(
                location,
                $"'{what}' is a group of fields ({string.Join(", ", shape.MemberNames)}); show one of them",
                first is null ? null : $"{what}.{first}"));
        }
        else if (shape.Kind == TemplateValueKind.List)
        {
            var what = Describe(expression);
            var hint = shape.Element is { Kind: TemplateValueKind.Object } ? "loop over it with a row loop or {% for %}" : "add | join: \", \"";
            errors.Add(new TemplateError(location, $"'{what}' is a list; {hint}"));
        }
    }

    private TemplateValueShape FilterShape(FilterExpression filter, ShapeEnvironment env)
    {
        var input = ShapeOf(filter.Input, env);
        TemplateValueShape? field = null;
        var fieldChecked = false;
        foreach (var (argument, index) in filter.Parameters.Select((p, i) => (p, i)))
        {
            if (argument.Name == Filters.FormattingFilters.ItemCurrency)
            {
                continue;
            }

            ShapeOf(argument.Expression, env);
            if (index == 0 && !fieldChecked && FilterShapes.FieldArgumentFilters.Contains(filter.Name))
            {
                fieldChecked = true;
                field = CheckFieldArgument(filter, input, argument.Expression);
            }
        }

        if (filter.Name == "date" && input.Kind == TemplateValueKind.Date)
        {
            CheckDateFormat(filter, input);
        }

        return FilterShapes.Result(filter.Name, input, field);
    }

    private TemplateValueShape? CheckFieldArgument(FilterExpression filter, TemplateValueShape input, Expression argument)
    {
        if (input is not { Kind: TemplateValueKind.List, Element: { Kind: TemplateValueKind.Object } element } ||
            argument is not LiteralExpression { Value: StringValue name })
        {
            return null;
        }

        var field = name.ToStringValue();
        if (element.Member(field) is { } shape)
        {
            return shape;
        }

        var suggestion = DidYouMean.Closest(field, element.MemberNames);
        errors.Add(new TemplateError(
            location,
            $"'{Describe(filter.Input)}' items have no field '{field}' (used by {filter.Name}); they have {string.Join(", ", element.MemberNames)}",
            suggestion is null ? null : $"{filter.Name}: \"{suggestion}\""));
        return TemplateValueShape.Any;
    }

    private void CheckDateFormat(FilterExpression filter, TemplateValueShape input)
    {
        var format = filter.Parameters.FirstOrDefault(p => p.Name == "format").Expression as LiteralExpression;
        if (format?.Value is not StringValue text || text.ToStringValue().Contains('%', StringComparison.Ordinal))
        {
            return;
        }

        try
        {
            _ = new DateOnly(2026, 11, 16).ToString(text.ToStringValue(), System.Globalization.CultureInfo.InvariantCulture);
        }
        catch (FormatException)
        {
            errors.Add(new TemplateError(
                location,
                $"date format \"{text.ToStringValue()}\" shows a time, but '{Describe(filter.Input)}' is {Article(input)} without one"));
        }
    }

    private TemplateValueShape Both(Expression left, Expression right, ShapeEnvironment env, TemplateValueShape result)
    {
        ShapeOf(left, env);
        ShapeOf(right, env);
        return result;
    }

    private static TemplateValueShape LiteralShape(FluidValue value) => value switch
    {
        StringValue => TemplateValueShape.Text,
        NumberValue => TemplateValueShape.Number,
        BooleanValue => TemplateValueShape.Boolean,
        DateOnlyValue => TemplateValueShape.Date,
        _ => TemplateValueShape.Any,
    };
}

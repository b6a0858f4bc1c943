// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

package main

import (
	"fmt"
	"strings"

	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/reflect/protoreflect"
)

// genCloneMessage writes the methods of message m; person says m is Person,
// whose reserve and cloneInto take the set of fields to leave out.
func genCloneMessage(g *protogen.GeneratedFile, m *protogen.Message, person bool) {
	name := m.GoIdent.GoName
	g.P("// Clone returns a deep copy of x, sharing no memory with it, built without")
	g.P("// reflection, with the messages it holds allocated in slabs (see the copier).")
	g.P("// A nil x gives nil, and a nil element of a list stays nil.")
	g.P("func (x *", name, ") Clone() *", name, " {")
	g.P("if x == nil { return nil }")
	g.P("c := copier{keepNil: true}")
	g.P("c.Reserve(x)")
	g.P("return c.Clone(x).(*", name, ")")
	g.P("}")
	g.P()

	// skipped returns the condition under which field i of Person is left
	// out, or "" for another message.
	skipped := func(i int) string {
		if !person {
			return ""
		}
		return fmt.Sprintf("skip.Has(personFieldOf[%d])", i)
	}

	// reserve
	if person {
		g.P("// reserveExcept counts in c the messages a copy of x without the fields")
		g.P("// of skip holds, x itself left out.")
		g.P("func (x *", name, ") reserveExcept(c *copier, skip FieldSet) {")
	} else {
		g.P("// reserve counts in c the messages a copy of x holds, x itself left out.")
		g.P("func (x *", name, ") reserve(c *copier) {")
	}
	for i, fd := range m.Fields {
		if fd.Message == nil {
			continue
		}
		fn, slab := fd.GoName, "c.s."+fd.Message.GoIdent.GoName
		if isTimestamp(fd) {
			slab = "c.s.Timestamp"
		}
		open(g, skipped(i))
		switch {
		case fd.Desc.IsList():
			g.P(slab, ".want += len(x.", fn, ")")
			if !isTimestamp(fd) {
				g.P("for _, v := range x.", fn, " { if v != nil { v.reserve(c) } }")
			}
		case isTimestamp(fd):
			g.P("if x.", fn, " != nil { ", slab, ".want++ }")
		default:
			g.P("if x.", fn, " != nil { ", slab, ".want++; x.", fn, ".reserve(c) }")
		}
		closeIf(g, skipped(i))
	}
	g.P("}")
	g.P()
	if person {
		g.P("// reserve counts in c the messages a copy of x holds, x itself left out.")
		g.P("func (x *", name, ") reserve(c *copier) { x.reserveExcept(c, 0) }")
		g.P()
	}

	// cloneInto and pruneInto
	for _, pruned := range []bool{false, true} {
		into := "cloneInto"
		switch {
		case pruned:
			into = "pruneInto"
			g.P("// pruneInto copies x into the zero message y as cloneInto does, but for")
			g.P("// the message fields that would hold nothing once pruned: those it")
			g.P("// leaves unset (see copier.ClonePruned).")
			g.P("func (x *", name, ") pruneInto(y *", name, ", c *copier) {")
		case person:
			g.P("// cloneExceptInto deep-copies x into the zero message y, but for the")
			g.P("// fields of skip, taking the messages it holds from c.")
			g.P("func (x *", name, ") cloneExceptInto(y *", name, ", c *copier, skip FieldSet) {")
		default:
			g.P("// cloneInto deep-copies x into the zero message y, taking the messages it")
			g.P("// holds from c.")
			g.P("func (x *", name, ") cloneInto(y *", name, ", c *copier) {")
		}
		for i, fd := range m.Fields {
			cond := ""
			if !pruned {
				cond = skipped(i)
			}
			open(g, cond)
			genCopyField(g, fd, into, pruned)
			closeIf(g, cond)
		}
		g.P("if len(x.unknownFields) > 0 { y.unknownFields = cloneUnknown(x.unknownFields) }")
		g.P("}")
		g.P()
	}
	if person {
		g.P("// cloneInto deep-copies x into the zero message y, taking the messages it")
		g.P("// holds from c.")
		g.P("func (x *", name, ") cloneInto(y *", name, ", c *copier) { x.cloneExceptInto(y, c, 0) }")
		g.P()
	}

	// prunedEmpty
	g.P("// prunedEmpty reports whether x holds nothing once pruned: no scalar but")
	g.P("// its zero value, no list element, no message field but empty ones, no")
	g.P("// unknown field. Its proto encoding is then empty.")
	g.P("func (x *", name, ") prunedEmpty() bool {")
	var conds []string
	for _, fd := range m.Fields {
		fn := "x." + fd.GoName
		if fd.Message != nil && !fd.Desc.IsList() && !isTimestamp(fd) {
			conds = append(conds, "("+fn+" == nil || "+fn+".prunedEmpty())")
			continue
		}
		conds = append(conds, valueTest(fd, fn, false))
	}
	conds = append(conds, "len(x.unknownFields) == 0")
	g.P("return ", strings.Join(conds, " &&\n"))
	g.P("}")
	g.P()
}

// valueTest returns the Go condition that v, the value of field fd (a
// scalar, a list or a Timestamp), is set (proto3 would serialise it), or with
// set false that it is not.
func valueTest(fd *protogen.Field, v string, set bool) string {
	op, not := "!=", ""
	if !set {
		op, not = "==", "!"
	}
	switch {
	case fd.Desc.IsList():
		if set {
			return "len(" + v + ") > 0"
		}
		return "len(" + v + ") == 0"
	case fd.Message != nil:
		return v + " " + op + " nil"
	case fd.Desc.Kind() == protoreflect.StringKind:
		return v + " " + op + ` ""`
	case fd.Desc.Kind() == protoreflect.BoolKind:
		return not + v
	}
	return v + " " + op + " 0"
}

// genCopyField writes the copy of field fd of x into y; into is the method
// that copies a message (cloneInto or pruneInto), and pruned says empty
// message fields are left out.
func genCopyField(g *protogen.GeneratedFile, fd *protogen.Field, into string, pruned bool) {
	fn := fd.GoName
	switch {
	case fd.Desc.IsList() && fd.Message != nil:
		elem := fd.Message.GoIdent
		g.P("if x.", fn, " != nil {")
		g.P("y.", fn, " = make([]*", elem, ", len(x.", fn, "))")
		g.P("for i, v := range x.", fn, " {")
		g.P("if v == nil && c.keepNil { continue }")
		if isTimestamp(fd) {
			g.P("if v == nil { v = &", elem, "{} }")
			g.P("y.", fn, "[i] = c.cloneTimestamp(v)")
		} else {
			g.P("e := c.s.", elem.GoName, ".alloc()")
			g.P("if v != nil { v.", into, "(e, c) }")
			g.P("y.", fn, "[i] = e")
		}
		g.P("}")
		g.P("}")
	case fd.Desc.IsList():
		g.P("if x.", fn, " != nil { y.", fn, " = append(x.", fn, "[:0:0], x.", fn, "...) }")
	case isTimestamp(fd):
		g.P("if x.", fn, " != nil { y.", fn, " = c.cloneTimestamp(x.", fn, ") }")
	case fd.Message != nil:
		if pruned {
			g.P("if x.", fn, " != nil && !x.", fn, ".prunedEmpty() {")
		} else {
			g.P("if x.", fn, " != nil {")
		}
		g.P("y.", fn, " = c.s.", fd.Message.GoIdent.GoName, ".alloc()")
		g.P("x.", fn, ".", into, "(y.", fn, ", c)")
		g.P("}")
	case fd.Desc.Kind() == protoreflect.StringKind:
		// y is zero: writing an empty string would only cost a write
		// barrier while the garbage collector runs.
		g.P("if x.", fn, ` != "" { y.`, fn, " = x.", fn, " }")
	default:
		g.P("y.", fn, " = x.", fn)
	}
}

// open starts an "if !cond {" block when cond is not empty; closeIf ends it.
func open(g *protogen.GeneratedFile, cond string) {
	if cond != "" {
		g.P("if !", cond, " {")
	}
}

func closeIf(g *protogen.GeneratedFile, cond string) {
	if cond != "" {
		g.P("}")
	}
}

// genHelpers writes the helpers the copies share and, when the file has a
// Person, the map from its fields to the Field constants.
func genHelpers(g *protogen.GeneratedFile, person *protogen.Message) {
	ts := g.QualifiedGoIdent(timestamppbPackage.Ident("Timestamp"))
	raw := g.QualifiedGoIdent(protoreflectPackage.Ident("RawFields"))
	unknown := g.QualifiedGoIdent(protoimplPackage.Ident("UnknownFields"))

	g.P("// cloneTimestamp returns a copy of x, unknown fields included, from c.")
	g.P("func (c *copier) cloneTimestamp(x *", ts, ") *", ts, " {")
	g.P("y := c.s.Timestamp.alloc()")
	g.P("y.Seconds, y.Nanos = x.Seconds, x.Nanos")
	g.P("if u := x.ProtoReflect().GetUnknown(); len(u) > 0 {")
	g.P("y.ProtoReflect().SetUnknown(append(", raw, "(nil), u...))")
	g.P("}")
	g.P("return y")
	g.P("}")
	g.P()
	g.P("// cloneUnknown returns a copy of the unknown fields b, nil when there are")
	g.P("// none.")
	g.P("func cloneUnknown(b ", unknown, ") ", unknown, " {")
	g.P("if len(b) == 0 { return nil }")
	g.P("return append(", unknown, "(nil), b...)")
	g.P("}")
	g.P()
	if person == nil {
		return
	}
	g.P("// personFieldOf maps each field of Person, by its index in the message, to")
	g.P("// the Field it is, or to noField when it is none of the 29 readable fields.")
	g.P("var personFieldOf = [...]Field{")
	for _, fd := range person.Fields {
		g.P("fieldNamed(", fmt.Sprintf("%q", fd.Desc.Name()), "),")
	}
	g.P("}")
	g.P()
	g.P("// personIndex maps each Field to the index in Person of its field.")
	g.P("var personIndex = func() (ix [NumFields]int) {")
	g.P("for i, f := range personFieldOf { if f.IsValid() { ix[f] = i } }")
	g.P("return ix")
	g.P("}()")
	g.P()
	g.P("// personIndexOf returns the index in Person of field f, or -1 when f is")
	g.P("// no Field.")
	g.P("func personIndexOf(f Field) int {")
	g.P("if !f.IsValid() { return -1 }")
	g.P("return personIndex[f]")
	g.P("}")
	g.P()
	g.P("// noField is no Field at all: no FieldSet has it.")
	g.P("const noField = Field(^uint8(0))")
	g.P()
	g.P("// fieldNamed returns the Field whose proto name is name, or noField.")
	g.P("func fieldNamed(name string) Field {")
	g.P("if f, ok := FieldByName(name); ok { return f }")
	g.P("return noField")
	g.P("}")
}

// genHook writes the init function that hands the copier, and the way to
// reset one for reuse, to package
// internal/copier (through internal/copier/hook), the one way merge and
// mask reach it: the copier is a performance internal, not part of person's
// API.
func genHook(g *protogen.GeneratedFile) {
	hook := protogen.GoImportPath("github.com/peopleupdate/peopleupdate/internal/copier/hook")
	g.P("func init() {")
	g.P(hook.Ident("New"), " = func() any { return new(copier) }")
	g.P(hook.Ident("Reset"), " = func(c any) { *c.(*copier) = copier{} }")
	g.P("}")
	g.P()
}

// Copyright 2026 The peopleupdate Authors. All rights reserved.
// Use of this source code is governed by a BSD-style
// license that can be found in the LICENSE file.

// Command protogen regenerates the generated Go files of the core module from
// its .proto files: internal/schemapb/schema.pb.go from schema.proto (the
// schema options), and from person/person.proto person.pb.go, the typed copies
// person_clone.pb.go, the field table and item methods person_model.pb.go, and
// merge's computed-value dispatch merge/compute.pb.go.
//
// It needs nothing but Go: the .proto is compiled by github.com/bufbuild/protocompile
// and the Go code is written by the same generator that protoc-gen-go runs, at the
// google.golang.org/protobuf version this module pins. Run it from anywhere inside
// the repository:
//
//	cd tools && go run ./protogen
//
// With -check it writes nothing and exits with status 1 when the committed code is
// out of date.
package main

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/bufbuild/protocompile"
	"google.golang.org/protobuf/cmd/protoc-gen-go/internal_gengo"
	"google.golang.org/protobuf/compiler/protogen"
	"google.golang.org/protobuf/reflect/protodesc"
	"google.golang.org/protobuf/types/descriptorpb"
	"google.golang.org/protobuf/types/known/timestamppb"
	"google.golang.org/protobuf/types/pluginpb"
)

// modulePath is the import path of the core module; generated files are
// written at their import path relative to it.
const modulePath = "github.com/peopleupdate/peopleupdate/"

// A source is one .proto file of the repository.
type source struct {
	path string // file path relative to the repository root
	name string // the name it is compiled, imported and registered under
}

// sources are the repository's .proto files, dependencies first. Their names
// are qualified so that they cannot collide with another package's files in
// the global protobuf registry.
var sources = []source{
	{path: "internal/schemapb/schema.proto", name: "peopleupdate/internal/schemapb/schema.proto"},
	{path: "person/person.proto", name: "peopleupdate/person/person.proto"},
}

// personProto is the name of the file whose messages get typed copies, a
// field table and the computed-value dispatch.
const personProto = "peopleupdate/person/person.proto"

func main() {
	check := flag.Bool("check", false, "report stale generated files instead of writing them")
	root := flag.String("root", "", "repository root (default: found from the working directory)")
	flag.Parse()
	if *root == "" {
		r, err := findRoot()
		if err != nil {
			fatal(err)
		}
		*root = r
	}
	stale := false
	files, err := Generate(*root)
	if err != nil {
		fatal(err)
	}
	for _, gf := range files {
		path := filepath.Join(*root, gf.Path)
		got, err := os.ReadFile(path)
		if err == nil && bytes.Equal(got, gf.Content) {
			continue
		}
		if *check {
			fmt.Fprintf(os.Stderr, "stale generated file: %s (run: cd tools && go run ./protogen)\n", gf.Path)
			stale = true
			continue
		}
		if err := os.WriteFile(path, gf.Content, 0o644); err != nil {
			fatal(err)
		}
		fmt.Printf("wrote %s\n", gf.Path)
	}
	if stale {
		os.Exit(1)
	}
}

func fatal(err error) {
	fmt.Fprintln(os.Stderr, "protogen:", err)
	os.Exit(2)
}

// findRoot walks up from the working directory to the directory whose go.mod
// declares the core module.
func findRoot() (string, error) {
	dir, err := os.Getwd()
	if err != nil {
		return "", err
	}
	for {
		b, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(b), "module github.com/peopleupdate/peopleupdate\n") {
			return dir, nil
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			return "", errors.New("not inside the peopleupdate repository")
		}
		dir = parent
	}
}

// A File is one generated Go file.
type File struct {
	Path    string // relative to the repository root
	Content []byte
}

// Generate compiles the repository's .proto files and returns the Go files
// generated from them: the code protoc-gen-go writes (NAME.pb.go) for each,
// and for person.proto the typed deep copies (person_clone.pb.go, see
// clone.go), the field table and item methods (person_model.pb.go) and the
// computed-value dispatch of package merge (merge/compute.pb.go, see
// model.go).
func Generate(root string) ([]File, error) {
	srcs := make(map[string][]byte)
	var names []string
	for _, s := range sources {
		b, err := os.ReadFile(filepath.Join(root, s.path))
		if err != nil {
			return nil, err
		}
		srcs[s.name] = b
		names = append(names, s.name)
	}
	compiler := protocompile.Compiler{
		Resolver: protocompile.WithStandardImports(&protocompile.SourceResolver{
			Accessor: func(path string) (io.ReadCloser, error) {
				if b, ok := srcs[path]; ok {
					return io.NopCloser(bytes.NewReader(b)), nil
				}
				return nil, os.ErrNotExist
			},
		}),
		SourceInfoMode: protocompile.SourceInfoStandard,
	}
	files, err := compiler.Compile(context.Background(), names...)
	if err != nil {
		return nil, err
	}
	req := &pluginpb.CodeGeneratorRequest{
		FileToGenerate: names,
		ProtoFile: []*descriptorpb.FileDescriptorProto{
			protodesc.ToFileDescriptorProto(timestamppb.File_google_protobuf_timestamp_proto),
			protodesc.ToFileDescriptorProto(descriptorpb.File_google_protobuf_descriptor_proto),
		},
	}
	for _, f := range files {
		req.ProtoFile = append(req.ProtoFile, protodesc.ToFileDescriptorProto(f))
	}
	plugin, err := protogen.Options{}.New(req)
	if err != nil {
		return nil, err
	}
	plugin.SupportedFeatures = internal_gengo.SupportedFeatures
	for _, f := range plugin.Files {
		if !f.Generate {
			continue
		}
		internal_gengo.GenerateFile(plugin, f)
		if f.Desc.Path() == personProto {
			generateClone(plugin, f)
			generateModel(plugin, f)
		}
	}
	resp := plugin.Response()
	if resp.Error != nil {
		return nil, errors.New(resp.GetError())
	}
	var out []File
	for _, rf := range resp.File {
		rel, ok := strings.CutPrefix(rf.GetName(), modulePath)
		if !ok {
			return nil, fmt.Errorf("generated file %s is outside the module", rf.GetName())
		}
		out = append(out, File{Path: filepath.FromSlash(rel), Content: []byte(rf.GetContent())})
	}
	if len(out) != 5 {
		return nil, fmt.Errorf("generator wrote %d files, want 5", len(out))
	}
	return out, nil
}

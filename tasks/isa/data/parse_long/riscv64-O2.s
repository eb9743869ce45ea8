	.file	"parse_long.c"
	.option pic
	.attribute arch, "rv64i2p1_m2p0_a2p1_f2p2_d2p2_c2p0_zicsr2p0_zifencei2p0"
	.attribute unaligned_access, 0
	.attribute stack_align, 16
	.text
	.align	1
	.globl	parse_long
	.type	parse_long, @function
parse_long:
	lbu	a5,0(a0)
	li	a4,43
	mv	a6,a0
	beq	a5,a4,.L2
	li	a4,45
	beq	a5,a4,.L3
	li	a0,0
	beq	a5,zero,.L4
.L23:
	li	a7,-1
	li	t4,0
	srli	a7,a7,1
.L5:
	li	a3,0
	li	t1,9
	li	t3,10
	j	.L8
.L26:
	divu	a2,a2,t3
	bltu	a2,a3,.L15
	lbu	a5,0(a6)
	add	a3,a4,a0
	beq	a5,zero,.L25
.L8:
	addiw	a0,a5,-48
	slli	a4,a3,2
	add	a4,a4,a3
	andi	a5,a0,0xff
	addi	a6,a6,1
	sub	a2,a7,a0
	slli	a4,a4,1
	bleu	a5,t1,.L26
.L15:
	li	a0,0
.L4:
	ret
.L3:
	lbu	a5,1(a0)
	li	a0,0
	beq	a5,zero,.L27
	li	a7,-1
	addi	a6,a6,1
	li	t4,1
	slli	a7,a7,63
	j	.L5
.L2:
	lbu	a5,1(a0)
	addi	a6,a6,1
	li	a0,0
	bne	a5,zero,.L23
	ret
.L25:
	beq	t4,zero,.L10
	neg	a3,a3
.L10:
	sd	a3,0(a1)
	li	a0,1
	ret
.L27:
	ret
	.size	parse_long, .-parse_long
	.section	.note.GNU-stack,"",@progbits
